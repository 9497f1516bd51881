package org.chirodesk.system;

import org.eclipse.microprofile.config.Config;

/**
 * Where the clinic's data lives, as configured. The defaults in
 * {@code META-INF/microprofile-config.properties} point at the embedded H2 file database;
 * {@code CHIRODESK_DB_URL} with a {@code jdbc:mysql:} URL switches to MySQL.
 */
public record DatabaseSettings(String url, String user, String password) {

    static DatabaseSettings read(Config config) {
        return new DatabaseSettings(
                config.getValue("chirodesk.db.url", String.class),
                config.getValue("chirodesk.db.user", String.class),
                config.getValue("chirodesk.db.password", String.class));
    }

    public boolean embedded() {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL without its parameters, which may hold secrets: safe to log. */
    public String location() {
        return url.replaceFirst("[;?].*$", "");
    }

    @Override
    public String toString() {
        return location();
    }
}
