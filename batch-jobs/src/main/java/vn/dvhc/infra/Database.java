package vn.dvhc.infra;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import vn.dvhc.common.Timeline;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.infra.embedded.DamagedStore;
import vn.dvhc.infra.embedded.HomeConnector;
import vn.dvhc.schema.Migrations;
import vn.dvhc.sql.SqlDialects;

/**
 * An open, migrated database: a small connection pool, the SQL dialect, and a jOOQ context that joins
 * Spring-managed transactions (so a job step's writes commit or roll back with the step).
 */
public final class Database implements AutoCloseable {

    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private final SQLDialect dialect;
    private final DSLContext dsl;
    private final HomeConnector.Lease lease;

    private Database(DatabaseSettings settings, HikariDataSource pool, SQLDialect dialect, HomeConnector.Lease lease) {
        this.settings = settings;
        this.pool = pool;
        this.dialect = dialect;
        this.lease = lease;
        this.dsl = DSL.using(new TransactionAwareDataSourceProxy(pool), dialect, SqlDialects.jooqSettings());
    }

    /**
     * Connects, then brings the schema up to date (Flyway), which also installs the built-in releases. The
     * embedded home's server has done that already when it started, unless it runs an older dvhc.
     */
    public static Database open(DatabaseSettings settings, int poolSize) {
        if (settings.home() == null) {
            SQLDialect dialect = SqlDialects.of(settings.url());
            return migrated(settings, pool(settings, null, poolSize), dialect, null, true);
        }
        HomeConnector.Lease lease = HomeConnector.connect(settings.home());
        Timeline.mark("home database server found or started");
        try {
            JdbcDataSource server = new JdbcDataSource();
            server.setURL(lease.url());
            server.setUser("sa");
            server.setPassword("");
            HikariDataSource pool = pool(settings, server, poolSize);
            Timeline.mark("database connected");
            return migrated(settings, pool, SQLDialect.H2, lease, !Migrations.LATEST.equals(lease.schema()));
        } catch (RuntimeException e) {
            lease.close();
            throw e;
        }
    }

    /**
     * @param home the home's H2 server, connected through H2's own data source; null for the user's database, which
     *             the JDBC URL's driver connects. Through a URL, Hikari asks {@code DriverManager}, which first loads
     *             every driver on the class path: SQL Server's signed jar is verified, and Oracle's starts the
     *             platform's JMX server and with it JFR. That was 15 % of a 10-row remap's CPU samples
     *             (issue 17, docs/benchmarks.md).
     */
    private static HikariDataSource pool(DatabaseSettings settings, DataSource home, int poolSize) {
        HikariConfig config = new HikariConfig();
        if (home != null) {
            config.setDataSource(home);
        } else {
            config.setJdbcUrl(settings.url());
            config.setUsername(settings.user());
            config.setPassword(settings.password());
        }
        config.setPoolName("dvhc");
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw unavailable(settings, e);
        }
    }

    private static Database migrated(DatabaseSettings settings, HikariDataSource pool, SQLDialect dialect,
                                     HomeConnector.Lease lease, boolean migrate) {
        try {
            if (migrate) {
                Migrations.migrate(pool, dialect);
                Timeline.mark("schema checked or migrated (Flyway)");
            }
            return new Database(settings, pool, dialect, lease);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The damage of the embedded home's database a failure reveals, as the error to report; null if none. */
    public DvhcException damage(Throwable failure) {
        return settings.home() == null ? null : DamagedStore.find(settings.home().files(), failure);
    }

    /** Whether opening it made a new embedded home (the command says so, once). */
    public boolean createdHome() {
        return lease != null && lease.created();
    }

    static DvhcException unavailable(DatabaseSettings settings, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root instanceof SQLException || root.getMessage() != null ? root.getMessage() : root.toString();
        return new DvhcException(ErrorCode.DB_UNAVAILABLE, "cannot open the database " + settings.maskedUrl()
                + ": " + reason, null,
                "check --db, --db-user and the password variable; for the embedded database check --home", e);
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public DataSource dataSource() {
        return pool;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public void close() {
        try {
            pool.close();
        } finally {
            if (lease != null) {
                lease.close();
            }
        }
    }
}
