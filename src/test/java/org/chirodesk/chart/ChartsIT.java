package org.chirodesk.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.chirodesk.Deployments;
import org.chirodesk.TestCaller;
import org.chirodesk.chart.RedFlag.Answer;
import org.chirodesk.patient.Patient;
import org.chirodesk.patient.PatientRegister;
import org.chirodesk.patient.Sex;
import org.chirodesk.security.AccessDenied;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The clinical chart against the real database: who may open it, red flags, signed notes. */
@ExtendWith(ArquillianExtension.class)
class ChartsIT {

    @Deployment
    static WebArchive clinic() {
        return Deployments.clinicWithTestRunner().addClasses(ChartsIT.class, TestCaller.class);
    }

    @Inject
    private Charts charts;

    @Inject
    private PatientRegister register;

    @PersistenceContext
    private EntityManager em;

    private Patient aPatientWithAcuteLowBackPain() {
        var patient = new Patient();
        patient.setFamilyName("Chart" + System.nanoTime());
        patient.setGivenNames("Pat");
        patient.setDateOfBirth(LocalDate.of(1972, 8, 8));
        patient.setSex(Sex.MALE);
        return register.register(patient);
    }

    @Test
    void receptionIsRefusedTheChartAndTheRefusalIsAudited() {
        TestCaller.signInAs("reception");
        var patient = aPatientWithAcuteLowBackPain();
        assertThrows(AccessDenied.class, () -> charts.open(patient.getPublicId()));
        assertEquals(List.of("reception VIEW_CHART REFUSED"), audit(patient, "VIEW_CHART"));
    }

    @Test
    void administratorReadsButCannotWrite() {
        TestCaller.signInAs("admin");
        var patient = aPatientWithAcuteLowBackPain();
        var chart = charts.open(patient.getPublicId()).orElseThrow();
        assertEquals(patient.getId(), chart.getPatient().getId());
        assertEquals(List.of("admin VIEW_CHART DONE"), audit(patient, "VIEW_CHART"));
        assertThrows(AccessDenied.class, () -> charts.saveHistory(chart.getHistory()));
        assertThrows(AccessDenied.class, () -> charts.write(VisitNote.today(patient.getId())));
    }

    @Test
    void unknownChartIsEmpty() {
        TestCaller.signInAs("chiro");
        assertTrue(charts.open("no-such-patient").isEmpty());
    }

    @Test
    void caseHistoryIsSavedAndVersioned() {
        TestCaller.signInAs("chiro");
        var patient = aPatientWithAcuteLowBackPain();
        var history = charts.open(patient.getPublicId()).orElseThrow().getHistory();
        history.setPresentingComplaint("Acute low back pain after lifting");
        history.setGoals("Back to dancing");
        charts.saveHistory(history);

        var reopened = charts.reload(patient.getId()).getHistory();
        assertEquals("Acute low back pain after lifting", reopened.getPresentingComplaint());
        assertEquals("chiro", reopened.getUpdatedBy());
        reopened.setMedications("Ibuprofen");
        charts.saveHistory(reopened);
        assertEquals("Ibuprofen", em.find(CaseHistory.class, patient.getId()).getMedications());
    }

    @Test
    void caudaEquinaSignBlocksUntilTheActionIsRecorded() {
        TestCaller.signInAs("chiro");
        var patient = aPatientWithAcuteLowBackPain();
        assertFalse(charts.caudaEquinaUnresolved(patient.getId()));

        var screening = RedFlagScreening.following(patient.getId(), null);
        screening.answer(RedFlag.SADDLE_ANAESTHESIA, Answer.PRESENT);
        screening.answer(RedFlag.NIGHT_PAIN, Answer.ABSENT);
        charts.screen(screening);
        assertTrue(charts.caudaEquinaUnresolved(patient.getId()));
        var chart = charts.reload(patient.getId());
        assertTrue(chart.isCaudaEquinaUnresolved());
        assertEquals(List.of(RedFlag.SADDLE_ANAESTHESIA), chart.getRedFlagsPresent());

        var followUp = RedFlagScreening.following(patient.getId(), chart.getScreening());
        assertEquals(Answer.PRESENT, followUp.answer(RedFlag.SADDLE_ANAESTHESIA));
        followUp.setActionTaken("Sent to the emergency department for same-day assessment");
        followUp.setSafetyNetAdvice("Call 999 if bladder or bowel control changes");
        charts.screen(followUp);
        assertFalse(charts.caudaEquinaUnresolved(patient.getId()));
        assertEquals(
                2L,
                em.createQuery("select count(s) from RedFlagScreening s where s.patientId = :p", Long.class)
                        .setParameter("p", patient.getId())
                        .getSingleResult(),
                "every screening is kept");
    }

    @Test
    void signedNoteIsLockedAndCorrectedByAmendment() {
        TestCaller.signInAs("chiro");
        var patient = aPatientWithAcuteLowBackPain();
        var note = VisitNote.today(patient.getId());
        note.setSubjective("Pain 7/10 when sitting");
        note.setPlan("Cat-camel hourly, short walks");
        note = charts.write(note);
        charts.sign(note.getId(), note.getVersion());

        var signed = charts.reload(patient.getId()).getNotes().get(0);
        assertTrue(signed.isSigned());
        assertEquals("chiro", signed.getSignedBy());
        assertThrows(VisitNote.NoteLocked.class, () -> signed.setSubjective("changed"));

        charts.amend(signed.getId(), "Pain was 6/10, not 7/10");
        var amended = charts.reload(patient.getId()).getNotes().get(0);
        assertEquals("Pain 7/10 when sitting", amended.getSubjective());
        assertEquals(1, amended.getAmendments().size());
        assertEquals("Pain was 6/10, not 7/10", amended.getAmendments().get(0).getText());
        assertEquals(
                List.of("chiro WRITE_NOTE DONE", "chiro SIGN_NOTE DONE", "chiro AMEND_NOTE DONE"),
                audit(patient, "WRITE_NOTE", "SIGN_NOTE", "AMEND_NOTE"));
    }

    @SuppressWarnings("unchecked")
    private List<String> audit(Patient patient, String... actions) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT username, action, outcome FROM audit_event WHERE patient_id = ? ORDER BY id")
                .setParameter(1, patient.getId())
                .getResultList();
        return rows.stream()
                .filter(row -> List.of(actions).contains(row[1]))
                .map(row -> row[0] + " " + row[1] + " " + row[2])
                .toList();
    }
}
