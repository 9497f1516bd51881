package org.chirodesk;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the integration tests a database of their own, created before the first test and (on
 * MySQL) dropped after the last. With {@code CHIRODESK_DB_URL} set it is a new database on that
 * MySQL server, reached through Connector/J; otherwise a new embedded H2 file under target/. The
 * application under test gets it through the {@code chirodesk.test.db.*} properties that
 * arquillian.xml passes on.
 */
public class ThrowawayDatabase implements LauncherSessionListener {

    private static final String NAME = "chirodesk_test_"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
            + "_" + ProcessHandle.current().pid();

    private Optional<String> serverUrl = Optional.empty();

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        var testDir = System.getProperty("chirodesk.test.dir");
        if (testDir == null) {
            return; // unit tests: no database
        }
        serverUrl = setting("CHIRODESK_DB_URL");
        if (serverUrl.isPresent()) {
            useMysql(serverUrl.get());
        } else {
            useEmbedded(Path.of(testDir));
        }
    }

    private void useMysql(String url) {
        var user = setting("CHIRODESK_DB_USER").orElse("chirodesk");
        var password = setting("CHIRODESK_DB_PASSWORD").orElse("");
        execute("CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        var testUrl = url.replaceFirst("^(jdbc:mysql://[^/?]+)(/[^?]*)?", "$1/" + NAME);
        use(testUrl, user, password);
        say("MySQL through Connector/J, " + testUrl.replaceFirst("\\?.*$", "") + " (throwaway database)");
    }

    private void useEmbedded(Path testDir) {
        var file = testDir.toAbsolutePath().resolve(NAME);
        use("jdbc:h2:file:" + file + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE", "chirodesk", "chirodesk");
        say("the embedded H2 database (no CHIRODESK_DB_URL set), file " + file + ".mv.db");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (serverUrl.isPresent()) {
            execute("DROP DATABASE IF EXISTS " + NAME);
        }
    }

    private void execute(String sql) {
        var user = setting("CHIRODESK_DB_USER").orElse("chirodesk");
        var password = setting("CHIRODESK_DB_PASSWORD").orElse("");
        // the server itself, not the database the URL names (it may not exist)
        var server = serverUrl.orElseThrow().replaceFirst("^(jdbc:mysql://[^/?]+)(/[^?]*)?", "$1/");
        try (var connection = DriverManager.getConnection(server, user, password);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot prepare the test database on the MySQL server named by CHIRODESK_DB_URL: " + e.getMessage(),
                    e);
        }
    }

    /** Arquillian fills these into arquillian.xml before parsing it, so they are XML-escaped. */
    private static void use(String url, String user, String password) {
        System.setProperty("chirodesk.test.db.url", xml(url));
        System.setProperty("chirodesk.test.db.user", xml(user));
        System.setProperty("chirodesk.test.db.password", xml(password));
    }

    private static String xml(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static void say(String where) {
        System.out.println("[ChiroDesk tests] database: " + where);
    }

    private static Optional<String> setting(String name) {
        return Optional.ofNullable(System.getProperty(name)).or(() -> Optional.ofNullable(System.getenv(name)));
    }
}
