package org.chirodesk.system;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The physical connections behind the application's pooled datasource. It reads
 * {@code chirodesk.db.url}, {@code .user} and {@code .password} from MicroProfile Config (so
 * {@code CHIRODESK_DB_URL} and friends work as environment variables) and talks to MySQL through
 * Connector/J, or to the embedded H2 file database when no MySQL is configured.
 */
public class ClinicDataSource implements DataSource {

    private final DataSource target = open(DatabaseSettings.read(config()));

    private static Config config() {
        return ConfigProvider.getConfig(ClinicDataSource.class.getClassLoader());
    }

    private static DataSource open(DatabaseSettings settings) {
        if (settings.embedded()) {
            var h2 = new JdbcDataSource();
            h2.setURL(settings.url());
            h2.setUser(settings.user());
            h2.setPassword(settings.password());
            return h2;
        }
        var mysql = new MysqlDataSource();
        mysql.setURL(settings.url());
        mysql.setUser(settings.user());
        mysql.setPassword(settings.password());
        return mysql;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return target.getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(target) ? type.cast(target) : target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(target) || target.isWrapperFor(type);
    }
}
