package org.chirodesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import jakarta.transaction.UserTransaction;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chirodesk.Deployments;
import org.chirodesk.exercise.DosageWords;
import org.chirodesk.exercise.Exercise;
import org.chirodesk.exercise.ExerciseCatalogue;
import org.chirodesk.security.AccessDenied;
import org.chirodesk.security.Passwords;
import org.chirodesk.security.StaffIdentityStore;
import org.chirodesk.staff.FirstAdmin;
import org.chirodesk.staff.Role;
import org.chirodesk.staff.StaffAccount;
import org.chirodesk.staff.StaffAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The skeleton inside a running server against the real database: migrations, the seeded
 * catalogue, demo accounts and their hashes, sign-in checks and the role check on admin actions.
 */
@ExtendWith(ArquillianExtension.class)
class ClinicSetupIT {

    private static final String DEMO_PASSWORD = "chirodesk-demo";

    @Deployment
    static WebArchive clinic() {
        return Deployments.clinicWithTestRunner().addClass(ClinicSetupIT.class);
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    @Inject
    private ExerciseCatalogue catalogue;

    @Inject
    private StaffAccounts accounts;

    @Inject
    private StaffIdentityStore identityStore;

    @Inject
    private Passwords passwords;

    @Inject
    private FirstAdmin firstAdmin;

    @Test
    void migrationsAreAllApplied() {
        @SuppressWarnings("unchecked")
        List<String> versions = em.createNativeQuery(
                        "SELECT version FROM flyway_schema_history WHERE success = TRUE AND version IS NOT NULL ORDER BY installed_rank")
                .getResultList();
        assertTrue(versions.size() >= 4, versions.toString());
        for (int i = 0; i < versions.size(); i++) {
            assertEquals(String.valueOf(i + 1), versions.get(i), "versions are applied in order, none failed");
        }
        assertEquals(
                0L,
                ((Number) em.createNativeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = FALSE")
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void catalogueHoldsTheActiveRestArticle() {
        var exercises = catalogue.all().stream().collect(Collectors.toMap(Exercise::getCode, Function.identity()));
        assertEquals(
                Set.of("walking", "sitting-micro-breaks", "cat-camel", "figure-4-supine", "lunge-stretch"),
                exercises.keySet());
        exercises.values().forEach(exercise -> {
            assertFalse(exercise.getSteps().isEmpty(), exercise.getCode() + " has steps");
            assertFalse(exercise.getCommonMistakes().isEmpty(), exercise.getCode() + " has common mistakes");
            assertTrue(exercise.getSource().contains("Lower back pain: active rest"));
        });
        var catCamel = exercises.get("cat-camel");
        assertEquals("Start on all fours.", catCamel.getSteps().get(0));
        assertEquals(8, catCamel.getDosage().getRepsMin());
        assertEquals(12, catCamel.getDosage().getRepsMax());
        assertEquals(60, catCamel.getDosage().getAtMostEveryMinutes());
        assertEquals(120, exercises.get("figure-4-supine").getDosage().getHoldSeconds());
        assertEquals(5, exercises.get("lunge-stretch").getDosage().getPerDayMax());
        assertTrue(exercises.get("lunge-stretch").getVariations().get(0).startsWith("Standing"));
        assertEquals(4, exercises.get("lunge-stretch").getCommonMistakes().size());
        assertEquals(20, exercises.get("sitting-micro-breaks").getDosage().getSittingMinutesMin());
        assertTrue(exercises.get("walking").getDosage().isShortBouts());
    }

    @Test
    void storedDosageReadsInPlainWords() {
        var words = new DosageWords(ResourceBundle.getBundle("org.chirodesk.messages", Locale.ENGLISH));
        var catCamel = catalogue.all().stream()
                .filter(exercise -> exercise.getCode().equals("cat-camel"))
                .findFirst()
                .orElseThrow();
        assertEquals("8–12 reps, up to once an hour", words.of(catCamel.getDosage()));
    }

    @Test
    void demoAccountsAreStoredAsPbkdf2Hashes() {
        for (var username : List.of("admin", "chiro", "reception")) {
            var hash = accounts.find(username).orElseThrow().getPasswordHash();
            assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), hash);
            assertFalse(hash.contains(DEMO_PASSWORD));
        }
        assertEquals(
                EnumSet.of(Role.CHIROPRACTOR),
                accounts.find("chiro").orElseThrow().getRoles());
    }

    @Test
    void signInChecksPasswordAndGivesRolesAsGroups() {
        var admin = identityStore.validate(new UsernamePasswordCredential("Admin", DEMO_PASSWORD));
        assertEquals(Status.VALID, admin.getStatus());
        assertEquals(Set.of("ADMIN"), admin.getCallerGroups());
        assertEquals(
                Status.INVALID,
                identityStore
                        .validate(new UsernamePasswordCredential("admin", "wrong-password"))
                        .getStatus());
        assertEquals(
                Status.INVALID,
                identityStore
                        .validate(new UsernamePasswordCredential("nobody", DEMO_PASSWORD))
                        .getStatus());
    }

    @Test
    void newHashesAreSaltedAndVerify() {
        var first = passwords.hash("correct horse battery");
        var second = passwords.hash("correct horse battery");
        assertNotEquals(first, second);
        assertTrue(passwords.matches("correct horse battery", first));
        assertFalse(passwords.matches("correct horse batterY", second));
        assertThrows(IllegalArgumentException.class, () -> passwords.hash("short"));
    }

    @Test
    void disabledAccountCannotSignIn() throws Exception {
        transaction.begin();
        var account = new StaffAccount(
                "it.disabled", "Disabled Member", EnumSet.of(Role.RECEPTION), passwords.hash("a long password"));
        em.persist(account);
        transaction.commit();
        var credential = new UsernamePasswordCredential("it.disabled", "a long password");
        assertEquals(Status.VALID, identityStore.validate(credential).getStatus());
        assertTrue(accounts.isEnabled("it.disabled"));

        transaction.begin();
        em.find(StaffAccount.class, account.getId()).disable();
        transaction.commit();
        assertEquals(Status.INVALID, identityStore.validate(credential).getStatus());
        assertFalse(accounts.isEnabled("it.disabled"));
    }

    @Test
    void firstAdministratorIsCreatedOnlyWhileNoAdministratorIsEnabled() throws Exception {
        assertTrue(accounts.find("founder").isEmpty(), "the demo administrator made the setting moot at start-up");
        var admins = em.createQuery(
                        "select s.id from StaffAccount s join s.roles r where r = :admin and s.enabled = true",
                        Long.class)
                .setParameter("admin", Role.ADMIN)
                .getResultList();
        setEnabled(admins, false);
        try {
            firstAdmin.createIfConfigured();
            var founder = accounts.find("founder").orElseThrow();
            assertEquals(EnumSet.of(Role.ADMIN), founder.getRoles());
            assertTrue(founder.getPasswordHash().startsWith("PBKDF2WithHmacSHA512:"));
            assertEquals(
                    Status.VALID,
                    identityStore
                            .validate(new UsernamePasswordCredential("founder", "founder-passphrase"))
                            .getStatus());
            firstAdmin.createIfConfigured(); // an administrator is enabled now: nothing happens
            assertEquals(
                    founder.getVersion(), accounts.find("founder").orElseThrow().getVersion());
            setEnabled(List.of(founder.getId()), false);
        } finally {
            setEnabled(admins, true);
        }
    }

    private void setEnabled(List<Long> accountIds, boolean enabled) throws Exception {
        transaction.begin();
        for (var id : accountIds) {
            var account = em.find(StaffAccount.class, id);
            if (enabled) {
                account.enable();
            } else {
                account.disable();
            }
        }
        transaction.commit();
    }

    @Test
    void adminActionsAreRefusedWithoutTheAdminRole() {
        var reception = accounts.find("reception").orElseThrow();
        assertThrows(AccessDenied.class, () -> accounts.disable(reception.getId()));
        assertThrows(
                AccessDenied.class,
                () -> accounts.assign(reception.getId(), reception.getVersion(), EnumSet.of(Role.ADMIN)));
        assertThrows(AccessDenied.class, () -> accounts.resetPassword(reception.getId(), "a new long password"));
        assertThrows(
                AccessDenied.class,
                () -> accounts.open("intruder", "Intruder", EnumSet.of(Role.ADMIN), "a long password"));
        assertTrue(accounts.find("intruder").isEmpty());
        var unchanged = accounts.find("reception").orElseThrow();
        assertTrue(unchanged.isEnabled());
        assertEquals(EnumSet.of(Role.RECEPTION), unchanged.getRoles());
    }
}
