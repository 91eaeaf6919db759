package vn.dvhc.infra;

import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * An open, migrated database: a small connection pool, the SQL dialect, and a jOOQ context that joins
 * Spring-managed transactions (so a job step's writes commit or roll back with the step).
 */
public final class Database implements AutoCloseable {

    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private final SQLDialect dialect;
    private final DSLContext dsl;

    private Database(DatabaseSettings settings, HikariDataSource pool, SQLDialect dialect) {
        this.settings = settings;
        this.pool = pool;
        this.dialect = dialect;
        this.dsl = DSL.using(new TransactionAwareDataSourceProxy(pool), dialect, jooqSettings());
    }

    /** Connects, then brings the schema up to date (Flyway), which also installs the built-in releases. */
    public static Database open(DatabaseSettings settings, int poolSize) {
        SQLDialect dialect = dialectOf(settings.url());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setPoolName("dvhc");
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw unavailable(settings, e);
        }
        try {
            Migrations.migrate(pool, dialect);
            return new Database(settings, pool, dialect);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Generated names are lower case; rendering them unquoted lets H2 (upper case) and PostgreSQL (lower case)
     * both resolve them (stack.md 2d).
     */
    public static Settings jooqSettings() {
        return new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
    }

    public static SQLDialect dialectOf(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        throw new DvhcException(ErrorCode.USAGE, "unsupported database URL '" + url + "'", null,
                "use jdbc:postgresql://HOST:PORT/DATABASE, or leave --db out for the embedded H2 database");
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
        pool.close();
    }
}
