package org.chirodesk.system;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.chirodesk.audit.AppendOnlyTrail;
import org.chirodesk.staff.FirstAdmin;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Brings the database up to date before the clinic opens: the schema and its reference data
 * (the exercise catalogue), then demo data where wanted, then a first administrator where one is
 * configured. Flyway locks its history table, so two nodes starting together apply each migration
 * once.
 */
@DataSourceDefinition(
        name = ClinicStartup.DATASOURCE,
        className = "org.chirodesk.system.ClinicDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED)
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN) // Flyway runs its own transactions
public class ClinicStartup {

    public static final String DATASOURCE = "java:app/jdbc/chirodesk";

    private static final Logger LOG = Logger.getLogger(ClinicStartup.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @Inject
    private Config config;

    @Inject
    @ConfigProperty(name = "chirodesk.demo-data")
    private Optional<Boolean> demoData;

    @Inject
    @ConfigProperty(name = "chirodesk.url")
    private Optional<String> url;

    @Inject
    private FirstAdmin firstAdmin;

    @PostConstruct
    void open() {
        var database = DatabaseSettings.read(config);
        migrate("db/migration", "flyway_schema_history", new AppendOnlyTrail());
        // Demo logins have published passwords: only on the embedded database unless asked for.
        if (demoData.orElse(database.embedded())) {
            migrate("db/demo", "demo_data_history");
            LOG.info("Demo clinic loaded: see README for the demo logins.");
        }
        firstAdmin.createIfConfigured();
        LOG.info(() -> "ChiroDesk is ready" + url.map(u -> " at " + u).orElse("") + " (database: "
                + (database.embedded() ? "embedded, " : "MySQL, ") + database.location() + ")");
    }

    private void migrate(String location, String historyTable, JavaMigration... javaMigrations) {
        Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .javaMigrations(javaMigrations)
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
