package org.chirodesk.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.h2.api.Trigger;

/**
 * Migration 7: the database itself refuses to update or delete a line of the audit trail, on
 * MySQL with triggers that signal an error, on the embedded H2 with a trigger that throws. (On
 * MySQL with binary logging, creating triggers needs {@code log_bin_trust_function_creators}.)
 */
public class AppendOnlyTrail implements JavaMigration, Trigger {

    private static final String REFUSAL = "The audit trail is append-only";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7");
    }

    @Override
    public String getDescription() {
        return "audit trail append-only";
    }

    @Override
    public Integer getChecksum() {
        return 7;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        var embedded = connection.getMetaData().getDatabaseProductName().startsWith("H2");
        try (var statement = connection.createStatement()) {
            for (var event : new String[] {"UPDATE", "DELETE"}) {
                var name = "audit_event_no_" + event.toLowerCase();
                statement.execute(
                        embedded
                                ? "CREATE TRIGGER " + name + " BEFORE " + event + " ON audit_event FOR EACH ROW CALL '"
                                        + AppendOnlyTrail.class.getName() + "'"
                                : "CREATE TRIGGER " + name + " BEFORE " + event + " ON audit_event FOR EACH ROW"
                                        + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '" + REFUSAL + "'");
            }
        }
    }

    /** H2's side: any update or delete of an audit line fails. */
    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(REFUSAL, "45000");
    }
}
