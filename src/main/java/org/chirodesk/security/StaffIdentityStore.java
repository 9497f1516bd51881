package org.chirodesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.chirodesk.staff.StaffAccount;
import org.chirodesk.staff.StaffAccounts;

/** Checks a username and password against the enabled staff accounts; the groups are the roles. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    private StaffAccounts accounts;

    @Inject
    private Passwords passwords;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        var password = credential.getPasswordAsString();
        var account = accounts.find(credential.getCaller());
        if (account.isEmpty()) {
            passwords.waste(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!passwords.matches(password, account.get().getPasswordHash())
                || !account.get().isEnabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.get().getUsername(), roleNames(account.get()));
    }

    private static java.util.Set<String> roleNames(StaffAccount account) {
        return account.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
    }
}
