package org.chirodesk.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.chirodesk.security.AllowedFor;
import org.chirodesk.security.Passwords;

/** Opens, re-roles, disables and re-keys staff accounts. Only an administrator may change them. */
@ApplicationScoped
@Transactional
public class StaffAccounts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    public Optional<StaffAccount> find(String username) {
        return em.createQuery("select s from StaffAccount s where s.username = :username", StaffAccount.class)
                .setParameter("username", StaffAccount.normalise(username))
                .getResultStream()
                .findFirst();
    }

    /** Asked on every signed-in request, so it reads one indexed flag and nothing else. */
    public boolean isEnabled(String username) {
        return !em.createQuery(
                        "select s.id from StaffAccount s where s.username = :username and s.enabled = true", Long.class)
                .setParameter("username", StaffAccount.normalise(username))
                .getResultList()
                .isEmpty();
    }

    public boolean anyAdministrator() {
        return !em.createQuery(
                        "select s.id from StaffAccount s join s.roles r where r = :admin and s.enabled = true",
                        Long.class)
                .setParameter("admin", Role.ADMIN)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @AllowedFor(Role.ADMIN)
    public StaffAccount open(String username, String fullName, Set<Role> roles, String password) {
        if (find(username).isPresent()) {
            throw new UsernameTaken();
        }
        var account = new StaffAccount(username, fullName, roles, passwords.hash(password));
        em.persist(account);
        return account;
    }

    /**
     * Replaces the roles of the account as the administrator saw it: if someone changed it since,
     * nothing is saved and {@link OptimisticLockException} says so.
     */
    @AllowedFor(Role.ADMIN)
    public void assign(long accountId, long seenVersion, Set<Role> roles) {
        var account = load(accountId);
        if (account.getVersion() != seenVersion) {
            throw new OptimisticLockException(account);
        }
        account.assign(roles);
    }

    @AllowedFor(Role.ADMIN)
    public void resetPassword(long accountId, String newPassword) {
        load(accountId).changePassword(passwords.hash(newPassword));
    }

    @AllowedFor(Role.ADMIN)
    public void disable(long accountId) {
        load(accountId).disable();
    }

    @AllowedFor(Role.ADMIN)
    public void enable(long accountId) {
        load(accountId).enable();
    }

    private StaffAccount load(long accountId) {
        return Optional.ofNullable(em.find(StaffAccount.class, accountId)).orElseThrow();
    }

    /** Two members of staff cannot share a username. */
    public static class UsernameTaken extends RuntimeException {
        UsernameTaken() {
            super("username taken");
        }
    }
}
