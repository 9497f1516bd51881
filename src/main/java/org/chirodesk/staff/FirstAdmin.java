package org.chirodesk.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.chirodesk.security.Passwords;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The way into an empty production database: when {@code CHIRODESK_FIRST_ADMIN_USERNAME} and
 * {@code CHIRODESK_FIRST_ADMIN_PASSWORD} are set and no enabled administrator exists yet, that
 * administrator is created at start-up. Once one exists, the settings are ignored and can be
 * removed.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StaffAccounts accounts;

    @Inject
    private Passwords passwords;

    @Inject
    @ConfigProperty(name = "chirodesk.first-admin.username")
    private Optional<String> username;

    @Inject
    @ConfigProperty(name = "chirodesk.first-admin.password")
    private Optional<String> password;

    @Transactional
    public void createIfConfigured() {
        if (username.isEmpty() || password.isEmpty() || accounts.anyAdministrator()) {
            return;
        }
        em.persist(new StaffAccount(
                username.get(), "Administrator", EnumSet.of(Role.ADMIN), passwords.hash(password.get())));
        LOG.info("First administrator account created from configuration.");
    }
}
