package org.chirodesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void embeddedWhenH2() {
        var settings = new DatabaseSettings("jdbc:h2:file:~/.chirodesk/db/chirodesk;MODE=MySQL", "u", "p");
        assertTrue(settings.embedded());
        assertEquals("jdbc:h2:file:~/.chirodesk/db/chirodesk", settings.location());
    }

    @Test
    void mysqlLocationHidesParameters() {
        var settings = new DatabaseSettings("jdbc:mysql://db:3306/clinic?password=secret&sslMode=REQUIRED", "u", "p");
        assertFalse(settings.embedded());
        assertEquals("jdbc:mysql://db:3306/clinic", settings.location());
        assertFalse(settings.toString().contains("secret"));
    }
}
