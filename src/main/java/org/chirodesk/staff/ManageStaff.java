package org.chirodesk.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import org.chirodesk.security.Passwords;
import org.omnifaces.util.Messages;
import org.primefaces.model.JPALazyDataModel;
import org.primefaces.model.LazyDataModel;

/** The administrator's staff page: the paged list of accounts, opening one, changing one. */
@Named
@ViewScoped
public class ManageStaff implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffAccounts accounts;

    private LazyDataModel<StaffAccount> list;
    private StaffAccount selected;

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{staff.username.pattern}")
    private String username;

    @NotBlank
    @Size(max = 200)
    private String fullName;

    @NotEmpty
    private Role[] roles;

    @NotBlank
    @Size(min = Passwords.MIN_LENGTH, max = 128, message = "{staff.password.size}")
    private String password;

    private Role[] selectedRoles;

    @Size(min = Passwords.MIN_LENGTH, max = 128, message = "{staff.password.size}")
    private String newPassword;

    @PostConstruct
    void init() {
        list = JPALazyDataModel.<StaffAccount>builder()
                .entityClass(StaffAccount.class)
                .entityManager(() -> CDI.current().select(EntityManager.class).get())
                .rowKeyField("id")
                .build();
    }

    public void open() {
        try {
            var account = accounts.open(username, fullName, EnumSet.copyOf(List.of(roles)), password);
            Messages.addGlobalInfo("staff.opened", account.getUsername());
            username = fullName = password = null;
            roles = null;
        } catch (StaffAccounts.UsernameTaken e) {
            Messages.addError("open:username", "staff.usernameTaken");
        }
    }

    public void select() {
        selectedRoles = selected.getRoles().toArray(Role[]::new);
        newPassword = null;
    }

    public void saveRoles() {
        if (selectedRoles == null || selectedRoles.length == 0) {
            Messages.addError("account:roles", "staff.rolesRequired");
            return;
        }
        try {
            accounts.assign(selected.getId(), selected.getVersion(), EnumSet.copyOf(List.of(selectedRoles)));
            done("staff.rolesSaved");
        } catch (OptimisticLockException e) {
            Messages.addGlobalWarn("staff.changedMeanwhile", selected.getUsername());
            selected = accounts.find(selected.getUsername()).orElseThrow();
        }
    }

    public void resetPassword() {
        if (newPassword == null) {
            Messages.addError("account:newPassword", "staff.passwordRequired");
            return;
        }
        accounts.resetPassword(selected.getId(), newPassword);
        done("staff.passwordReset");
    }

    public void disable() {
        accounts.disable(selected.getId());
        done("staff.disabled");
    }

    public void enable() {
        accounts.enable(selected.getId());
        done("staff.enabled");
    }

    private void done(String message) {
        Messages.addGlobalInfo(message, selected.getUsername());
        selected = accounts.find(selected.getUsername()).orElseThrow();
        select();
    }

    public LazyDataModel<StaffAccount> getList() {
        return list;
    }

    public StaffAccount getSelected() {
        return selected;
    }

    public void setSelected(StaffAccount selected) {
        this.selected = selected;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role[] getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(Role[] selectedRoles) {
        this.selectedRoles = selectedRoles;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
