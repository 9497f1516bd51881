package org.chirodesk.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.chirodesk.staff.Role;
import org.chirodesk.staff.StaffAccount;
import org.chirodesk.staff.StaffAccounts;

/** Who is signed in, as the top bar shows them: looked up once per session. */
@Named
@SessionScoped
public class SignedInStaff implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HttpServletRequest request;

    @Inject
    private StaffAccounts accounts;

    private String fullName;
    private List<Role> roles;

    @PostConstruct
    void load() {
        var username = request.getRemoteUser();
        fullName = accounts.find(username).map(StaffAccount::getFullName).orElse(username);
        roles = Arrays.stream(Role.values())
                .filter(role -> request.isUserInRole(role.name()))
                .toList();
    }

    public String getFullName() {
        return fullName;
    }

    public List<Role> getRoles() {
        return roles;
    }
}
