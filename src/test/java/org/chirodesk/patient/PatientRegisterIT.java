package org.chirodesk.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.chirodesk.Deployments;
import org.chirodesk.TestCaller;
import org.chirodesk.security.AccessDenied;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The patient register against the real database: search, duplicates, archiving, locking, audit. */
@ExtendWith(ArquillianExtension.class)
class PatientRegisterIT {

    @Deployment
    static WebArchive clinic() {
        return Deployments.clinicWithTestRunner().addClasses(PatientRegisterIT.class, TestCaller.class);
    }

    @Inject
    private PatientRegister register;

    @Inject
    private HttpServletRequest request;

    @Inject
    private Validator validator;

    @Inject
    private UserTransaction transaction;

    @PersistenceContext
    private EntityManager em;

    private void signInAs(String username) {
        TestCaller.signInAs(username);
    }

    /** A patient no other test has, so tests stay independent on a shared database. */
    private static Patient aPatient(String family, String given, LocalDate born) {
        var patient = new Patient();
        patient.setFamilyName(family);
        patient.setGivenNames(given);
        patient.setDateOfBirth(born);
        patient.setSex(Sex.FEMALE);
        return patient;
    }

    private static String unique() {
        var letters = new StringBuilder();
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> letters.append((char) c));
        return letters.toString();
    }

    private List<Patient> search(String text) {
        return register.find(PatientQuery.of(text, false), PatientOrder.NAME, true, 0, 50);
    }

    @Test
    void findsByAnyPartOfANameWithoutAccentsOrCase() throws Exception {
        signInAs("reception");
        var family = "Nguyễn" + unique();
        var patient = register.register(aPatient(family, "Thị Zoë", LocalDate.of(1990, 5, 17)));

        var plain = family.replace("ễ", "e").toLowerCase();
        assertEquals(List.of(patient.getId()), ids(search(plain.substring(0, 9))));
        assertEquals(List.of(patient.getId()), ids(search("ZOE " + plain)));
        assertEquals(List.of(patient.getId()), ids(search("thi " + family.toUpperCase())));
        assertTrue(search(plain + " nobody").isEmpty());
        assertEquals(1, register.count(PatientQuery.of(plain, false)));
    }

    @Test
    void findsByNumberBirthPhoneAndEmail() throws Exception {
        signInAs("reception");
        var patient = aPatient("O'Brien" + unique(), "Siobhán", LocalDate.of(1931, 2, 3));
        var phone = "07700 " + (100000 + (int) (Math.random() * 800000));
        patient.setMobilePhone(phone);
        patient.setEmail(unique() + "@Example.org");
        patient = register.register(patient);

        assertTrue(ids(search(patient.getNumber())).contains(patient.getId()));
        assertTrue(ids(search("03/02/1931")).contains(patient.getId()));
        assertTrue(ids(search("1931-02-03")).contains(patient.getId()));
        assertEquals(List.of(patient.getId()), ids(search(phone.substring(0, 9))));
        assertEquals(List.of(patient.getId()), ids(search(patient.getEmail().substring(0, 12))));
        assertTrue(search("%@%").isEmpty(), "LIKE wildcards are matched literally");
    }

    @Test
    void archivedPatientsLeaveDefaultSearchesAndComeBack() throws Exception {
        signInAs("reception");
        var family = "Archer" + unique();
        var patient = register.register(aPatient(family, "Ann", LocalDate.of(1970, 1, 1)));

        patient = register.archive(patient.getId(), patient.getVersion());
        assertTrue(search(family).isEmpty());
        assertEquals(1, register.count(PatientQuery.of(family, true)));

        register.restore(patient.getId(), patient.getVersion());
        assertEquals(1, search(family).size());
    }

    @Test
    void sortsByTheAllowedOrdersOnly() throws Exception {
        signInAs("reception");
        var family = "Sorter" + unique();
        var older = register.register(aPatient(family, "Older", LocalDate.of(1950, 1, 1)));
        var younger = register.register(aPatient(family, "Younger", LocalDate.of(1990, 1, 1)));
        var query = PatientQuery.of(family, false);

        assertEquals(
                List.of(older.getId(), younger.getId()), ids(register.find(query, PatientOrder.BIRTH, true, 0, 10)));
        assertEquals(
                List.of(younger.getId(), older.getId()), ids(register.find(query, PatientOrder.BIRTH, false, 0, 10)));
        assertEquals(PatientOrder.NAME, PatientOrder.forField("familyName; drop table patient"));
    }

    @Test
    void warnsOfPossibleDuplicates() throws Exception {
        signInAs("reception");
        var family = "Twin" + unique();
        var first = aPatient(family, "Jo", LocalDate.of(1980, 6, 6));
        first.setMobilePhone("07700 " + (100000 + (int) (Math.random() * 800000)));
        first = register.register(first);

        var sameNameAndBirth = aPatient(family.toUpperCase(), "jo", LocalDate.of(1980, 6, 6));
        assertEquals(List.of(first.getId()), ids(register.possibleDuplicates(sameNameAndBirth)));

        var samePhone = aPatient("Other" + unique(), "Person", LocalDate.of(1999, 9, 9));
        samePhone.setMobilePhone(first.getMobilePhone().replace(" ", ""));
        assertEquals(List.of(first.getId()), ids(register.possibleDuplicates(samePhone)));

        var someoneElse = aPatient(family, "Jo", LocalDate.of(1981, 6, 6));
        assertTrue(register.possibleDuplicates(someoneElse).isEmpty());
    }

    @Test
    void secondOfTwoConcurrentEditsIsRefusedAndTheFirstStands() throws Exception {
        signInAs("reception");
        var patient = register.register(aPatient("Locke" + unique(), "Jon", LocalDate.of(1960, 3, 3)));
        var atDesk = register.details(patient.getPublicId()).orElseThrow();
        var inClinic = register.details(patient.getPublicId()).orElseThrow();

        atDesk.setOccupation("Baker");
        register.update(atDesk);
        inClinic.setOccupation("Builder");
        assertThrows(OptimisticLockException.class, () -> register.update(inClinic));

        assertEquals("Baker", em.find(Patient.class, patient.getId()).getOccupation());
        assertEquals("Builder", inClinic.getOccupation(), "what the second user typed is still there");
    }

    @Test
    void everyChangeAndViewIsAudited() throws Exception {
        signInAs("reception");
        var patient = register.register(aPatient("Audit" + unique(), "Ann", LocalDate.of(1975, 4, 4)));
        var loaded = register.details(patient.getPublicId()).orElseThrow();
        loaded.setTown("St Helier");
        register.update(loaded);

        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT username, action, outcome FROM audit_event WHERE patient_id = ? ORDER BY id")
                .setParameter(1, patient.getId())
                .getResultList();
        assertEquals(
                List.of("reception REGISTER DONE", "reception VIEW_DETAILS DONE", "reception UPDATE_DETAILS DONE"),
                rows.stream().map(row -> row[0] + " " + row[1] + " " + row[2]).toList());
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditLines() throws Exception {
        signInAs("reception");
        var patient = register.register(aPatient("Trail" + unique(), "Tom", LocalDate.of(1966, 6, 6)));
        for (var sql : List.of(
                "UPDATE audit_event SET username = 'someone else' WHERE patient_id = ?",
                "DELETE FROM audit_event WHERE patient_id = ?")) {
            transaction.begin();
            try {
                var change = em.createNativeQuery(sql).setParameter(1, patient.getId());
                assertThrows(PersistenceException.class, change::executeUpdate, sql);
            } finally {
                transaction.rollback();
            }
        }
        assertEquals(
                "reception",
                em.createNativeQuery("SELECT username FROM audit_event WHERE patient_id = ?")
                        .setParameter(1, patient.getId())
                        .getSingleResult());
    }

    @Test
    void badInputIsNamedFieldByField() {
        var patient = aPatient("Future", "Baby", LocalDate.now().plusDays(1));
        patient.setEmail("not an email");
        patient.setOccupation("x".repeat(121));
        var invalid = validator.validate(patient).stream()
                .map(violation -> violation.getPropertyPath().toString())
                .sorted()
                .toList();
        assertEquals(List.of("dateOfBirth", "email", "occupation"), invalid);
    }

    @Test
    void nobodySignedInIsRefused() {
        assertThrows(AccessDenied.class, () -> register.register(aPatient("Anon", "Anon", LocalDate.of(1990, 1, 1))));
        assertFalse(request.isUserInRole("RECEPTION"));
    }

    private static List<Long> ids(List<Patient> patients) {
        return patients.stream().map(Patient::getId).toList();
    }
}
