package org.chirodesk.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.chirodesk.Deployments;
import org.chirodesk.TestCaller;
import org.chirodesk.chart.Charts;
import org.chirodesk.chart.VisitNote;
import org.chirodesk.patient.Consent;
import org.chirodesk.patient.ConsentLedger;
import org.chirodesk.patient.Patient;
import org.chirodesk.patient.PatientOrder;
import org.chirodesk.patient.PatientQuery;
import org.chirodesk.patient.PatientRegister;
import org.chirodesk.patient.Sex;
import org.chirodesk.security.AccessDenied;
import org.chirodesk.security.Passwords;
import org.chirodesk.staff.Role;
import org.chirodesk.staff.StaffAccount;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Consent ledger, subject-access export and erasure against the real database. */
@ExtendWith(ArquillianExtension.class)
class DataProtectionIT {

    @Deployment
    static WebArchive clinic() {
        return Deployments.clinicWithTestRunner().addClasses(DataProtectionIT.class, TestCaller.class);
    }

    @Inject
    private PatientRegister register;

    @Inject
    private ConsentLedger ledger;

    @Inject
    private Charts charts;

    @Inject
    private SubjectAccess subjectAccess;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    private UserTransaction transaction;

    /**
     * Signs in as a clinic owner who both treats and administers: the one kind of member of staff
     * who can write a chart and answer a data-protection request in the same test.
     */
    private void signInAsOwner() throws Exception {
        var username = "owner" + System.nanoTime();
        transaction.begin();
        em.persist(new StaffAccount(
                username,
                "Clinic Owner",
                EnumSet.of(Role.ADMIN, Role.CHIROPRACTOR),
                passwords.hash("owner's long password")));
        transaction.commit();
        TestCaller.signInAs(username, "owner's long password");
    }

    private Patient aTreatedPatient(String family) {
        var patient = new Patient();
        patient.setFamilyName(family);
        patient.setGivenNames("Zoë");
        patient.setDateOfBirth(LocalDate.of(1984, 10, 12));
        patient.setSex(Sex.FEMALE);
        patient.setEmail(family.toLowerCase() + "@example.org");
        patient.setTown("St Brelade");
        patient = register.register(patient);
        ledger.record(patient.getId(), Consent.Kind.TREATMENT, LocalDate.now(), "2026-1");
        var note = VisitNote.today(patient.getId());
        note.setSubjective("Lower back pain for two weeks");
        charts.write(note);
        return patient;
    }

    @Test
    void consentsAreRecordedAndWithdrawnNeverDeleted() {
        TestCaller.signInAs("reception");
        var patient = new Patient();
        patient.setFamilyName("Consent" + System.nanoTime());
        patient.setGivenNames("Cora");
        patient.setDateOfBirth(LocalDate.of(1990, 2, 2));
        var id = register.register(patient).getId();
        ledger.record(id, Consent.Kind.DATA_PROCESSING, LocalDate.now().minusDays(3), "2026-1");
        var marketing = ledger.record(id, Consent.Kind.MARKETING, LocalDate.now(), "2026-1");

        ledger.withdraw(marketing.getId(), marketing.getVersion(), LocalDate.now());
        var consents = ledger.of(id);
        assertEquals(2, consents.size());
        var withdrawn = consents.stream()
                .filter(c -> c.getKind() == Consent.Kind.MARKETING)
                .findFirst()
                .orElseThrow();
        assertFalse(withdrawn.isInForce());
        assertEquals(LocalDate.now(), withdrawn.getWithdrawnOn());
        assertEquals("reception", withdrawn.getWithdrawnBy());
        assertEquals("2026-1", withdrawn.getWordingVersion());
        assertTrue(consents.stream().anyMatch(c -> c.getKind() == Consent.Kind.DATA_PROCESSING && c.isInForce()));
    }

    @Test
    void exportHoldsEverythingIncludingTheAccessLog() throws Exception {
        var family = "Export" + System.nanoTime();
        signInAsOwner();
        var patient = aTreatedPatient(family);

        var json = subjectAccess.exportJson(patient.getId());
        assertTrue(json.contains("\"familyName\": \"" + family + "\""), json);
        assertTrue(json.contains("\"kind\": \"TREATMENT\""), json);
        assertTrue(json.contains("Lower back pain for two weeks"), json);
        assertTrue(json.contains("\"purpose\": \"REGISTER\""), json);
        assertTrue(json.contains("\"purpose\": \"WRITE_NOTE\""), json);

        var pdf = subjectAccess.exportPdf(patient.getId(), Locale.ENGLISH);
        var text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertTrue(text.contains("Everything ChiroDesk holds about you"), text);
        assertTrue(text.contains(family), text);
        assertTrue(text.contains("St Brelade"), text);
        assertEquals(
                2L,
                em.createQuery("select count(e) from AuditEvent e where e.patientId = :p and e.action = :a", Long.class)
                        .setParameter("p", patient.getId())
                        .setParameter("a", org.chirodesk.audit.AuditAction.EXPORT)
                        .getSingleResult());
    }

    @Test
    void erasureAnonymisesKeepsTheClinicalRecordAndSaysWhatItDid() throws Exception {
        var family = "Erase" + System.nanoTime();
        signInAsOwner();
        var patient = aTreatedPatient(family);

        var erased = subjectAccess.erase(patient.getId());
        assertEquals(List.of("familyName", "givenNames", "email", "town", "dateOfBirth"), erased);
        var after = em.find(Patient.class, patient.getId());
        assertEquals("Erased", after.getFamilyName());
        assertEquals(LocalDate.of(1984, 1, 1), after.getDateOfBirth());
        assertTrue(after.isArchived());
        assertTrue(register.find(PatientQuery.of(family, true), PatientOrder.NAME, true, 0, 10)
                .isEmpty());
        assertEquals(
                1L,
                em.createQuery("select count(n) from VisitNote n where n.patientId = :p", Long.class)
                        .setParameter("p", patient.getId())
                        .getSingleResult(),
                "clinical records are retained");
        assertEquals(List.of(), subjectAccess.erase(patient.getId()), "a second erasure has nothing left to do");
    }

    @Test
    void onlyAnAdministratorAnswersRequests() {
        TestCaller.signInAs("chiro");
        var patient = aTreatedPatient("Refused" + System.nanoTime());
        assertThrows(AccessDenied.class, () -> subjectAccess.exportJson(patient.getId()));
        assertThrows(AccessDenied.class, () -> subjectAccess.erase(patient.getId()));
        assertEquals(
                patient.getFamilyName(), em.find(Patient.class, patient.getId()).getFamilyName());
    }
}
