package org.chirodesk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffAccountTest {

    private static StaffAccount aReceptionist() {
        return new StaffAccount("  Robin.R ", " Robin Reception ", EnumSet.of(Role.RECEPTION), "hash");
    }

    @Test
    void usernameIsNormalised() {
        var account = aReceptionist();
        assertEquals("robin.r", account.getUsername());
        assertEquals("Robin Reception", account.getFullName());
    }

    @Test
    void needsAtLeastOneRole() {
        assertThrows(IllegalArgumentException.class, () -> aReceptionist().assign(Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new StaffAccount("x", "X", EnumSet.noneOf(Role.class), "h"));
    }

    @Test
    void rolesAreReplaced() {
        var account = aReceptionist();
        account.assign(EnumSet.of(Role.CHIROPRACTOR, Role.ADMIN));
        assertEquals(EnumSet.of(Role.CHIROPRACTOR, Role.ADMIN), account.getRoles());
        assertFalse(account.has(Role.RECEPTION));
    }

    @Test
    void disableAndEnable() {
        var account = aReceptionist();
        assertTrue(account.isEnabled());
        account.disable();
        assertFalse(account.isEnabled());
        account.enable();
        assertTrue(account.isEnabled());
    }
}
