package org.chirodesk.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A member of staff who signs in. An account is opened by an administrator with at least one
 * role, can be disabled (refused at once, even mid-session) and enabled again; it is never
 * deleted, so that what it did stays attributable.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[a-z0-9._-]+", message = "{staff.username.pattern}")
    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @NotBlank
    @Size(max = 200)
    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    @BatchFetch(BatchFetchType.IN)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** In UTC, as every time the clinic stores. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected StaffAccount() {}

    public StaffAccount(String username, String fullName, Set<Role> roles, String passwordHash) {
        this.username = normalise(username);
        this.fullName = fullName.strip();
        this.passwordHash = passwordHash;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
        assign(roles);
    }

    /** Usernames are matched case-insensitively and without surrounding blanks. */
    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public void assign(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("A staff account needs at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
