package vn.dvhc.remap.table;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * The database that holds the table to remap (not dvhc's own): a small pool on its JDBC URL, what its metadata says
 * about tables and columns, and how it quotes names. A connection that fails is exit 5 naming the URL and the user,
 * never the password, which is not in the URL ({@link #checkUrl}).
 */
public final class TableSource implements AutoCloseable {

    /** URLs of MariaDB's driver: its own scheme, and MySQL's when the URL says {@code permitMysqlScheme}. */
    private static final Pattern MARIADB_URL = Pattern.compile("(?i)jdbc:(mariadb|mysql):");
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)([?&;:]|^)(password|pwd)=|//[^/@]+:[^/@]*@");

    private final String url;
    private final String user;
    private final HikariDataSource pool;
    private final SourceDialect dialect;
    private final String currentSchema;

    private TableSource(String url, String user, HikariDataSource pool) throws SQLException {
        this.url = url;
        this.user = user;
        this.pool = pool;
        try (Connection c = pool.getConnection()) {
            this.dialect = SourceDialect.of(c.getMetaData());
            this.currentSchema = c.getSchema();
        }
    }

    /**
     * Connects; a wrong password, an unknown database or an unreachable server is exit 5 with the URL.
     *
     * @param password null or empty for none
     */
    public static TableSource open(String url, String user, String password) {
        return open(url, user, password, 1);
    }

    /**
     * @param partitions how many partitions read and write at once: each needs a connection for its reader and one
     *                   for its writer
     */
    public static TableSource open(String url, String user, String password, int partitions) {
        checkUrl(url);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        if (MARIADB_URL.matcher(url).lookingAt()) {
            // MariaDB's driver calls a database a catalog by default and lists every database's tables as those of
            // the connection; this class speaks of schemas, as H2 and PostgreSQL do, and so can the driver.
            config.addDataSourceProperty("useCatalogTerm", "Schema");
            // InnoDB's default REPEATABLE READ locks the gaps a DELETE by key finds empty: partitions deleting and
            // inserting their key ranges at once then deadlock on the gaps at the ranges' edges. Each write is by
            // key, and reads are key-ordered pages, so READ COMMITTED changes no result.
            config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
            // The batched deletes and updates of a chunk (BatchedWrites) as one bulk command each, not a round trip
            // per row; the driver then reports no count per row, which the writes do not check.
            config.addDataSourceProperty("useBulkStmts", "true");
        } else if (url.regionMatches(true, 0, "jdbc:postgresql:", 0, 16)) {
            // Inserts batched as multi-row INSERTs where COPY is not used (a key neither text nor a number).
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        // A reader and a writer per partition, and one for the steps around them.
        config.setMaximumPoolSize(2 * partitions + 1);
        config.setPoolName("dvhc-source");
        config.setConnectionTimeout(15_000);
        HikariDataSource pool = null;
        try {
            pool = new HikariDataSource(config);
            return new TableSource(url, user, pool);
        } catch (RuntimeException | SQLException e) {
            if (pool != null) {
                pool.close();
            }
            throw new DvhcException(ErrorCode.DB_UNAVAILABLE, "cannot connect to " + url
                    + (user == null ? "" : " as " + user) + ": " + rootMessage(e), null,
                    "check the URL, --source-user and the variable named by --source-password-env; is the server up?", e);
        }
    }

    /** Passwords never go on the command line, nor into the job repository with the URL. */
    public static void checkUrl(String url) {
        if (!url.regionMatches(true, 0, "jdbc:", 0, 5)) {
            throw new DvhcException(ErrorCode.USAGE, "--source-db '" + url + "' is not a JDBC URL", null,
                    "e.g. --source-db jdbc:postgresql://db.example:5432/dancu");
        }
        if (PASSWORD_IN_URL.matcher(url).find()) {
            throw new DvhcException(ErrorCode.USAGE, "--source-db holds a password; passwords never go on the command "
                    + "line", null, "take it out of the URL and name the environment variable that holds it with "
                    + "--source-password-env");
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    public String url() {
        return url;
    }

    public SourceDialect dialect() {
        return dialect;
    }

    /** The name as the database's SQL needs it, quoted whatever it holds. */
    public String quote(String identifier) {
        return dialect.quote(identifier);
    }

    /** A table, quoted, with its schema when it has one. */
    public String quote(Resolved table) {
        return dialect.quote(table);
    }

    /** The stored form of a name the operator wrote bare ({@link SourceDialect#stored}). */
    public String stored(String bare) {
        return dialect.stored(bare);
    }

    /** A table of the database, with the names as stored. */
    public record Resolved(String schema, String table) {
        @Override
        public String toString() {
            return (schema == null ? "" : schema + ".") + table;
        }
    }

    /** A column as the metadata gives it. */
    public record Column(String name, int jdbcType, String typeName) {
    }

    /** The existing table of that name, or null: a quoted part matches exactly, a bare one without case. */
    public Resolved find(TableName name) {
        List<Resolved> exact = new ArrayList<>();
        List<Resolved> loose = new ArrayList<>();
        // A table named without a schema is looked for in the connection's schema only: on Oracle every user is a
        // schema, and listing the tables of all of them (SYS's among them) takes long.
        try (Connection c = pool.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, name.schema() == null && currentSchema != null
                     ? escape(c, currentSchema) : null, "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                if (type != null && !type.toUpperCase(Locale.ROOT).contains("TABLE")) {
                    continue;
                }
                String schema = rs.getString("TABLE_SCHEM");
                String table = rs.getString("TABLE_NAME");
                boolean schemaFits = name.schema() == null ? currentSchema == null || currentSchema.equals(schema)
                        : matches(name.schema(), schema, name.exactSchema());
                if (!schemaFits || !matches(name.table(), table, name.exactTable())) {
                    continue;
                }
                Resolved found = new Resolved(schema, table);
                if (table.equals(name.exactTable() ? name.table() : stored(name.table()))) {
                    exact.add(found);
                } else {
                    loose.add(found);
                }
            }
        } catch (SQLException e) {
            throw failed("read the list of tables", e);
        }
        List<Resolved> found = exact.isEmpty() ? loose : exact;
        if (found.size() > 1) {
            throw new DvhcException(ErrorCode.INPUT_NOT_FOUND, "table " + name + " is ambiguous in " + url + ": "
                    + found, null, "quote the name exactly, with its schema");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** The existing table, or exit 3 naming it. */
    public Resolved require(TableName name, String option) {
        Resolved table = find(name);
        if (table == null) {
            throw new DvhcException(ErrorCode.INPUT_NOT_FOUND, option + ": no table " + name + " in " + url
                    + (name.schema() == null && currentSchema != null ? " (schema " + currentSchema + ")" : ""), null,
                    "check the name; qualify it with its schema, or quote it (\"Hộ khẩu\") where case or characters matter");
        }
        return table;
    }

    /** The table's columns, in order. */
    public List<Column> columns(Resolved table) {
        List<Column> columns = new ArrayList<>();
        try (Connection c = pool.getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, table.schema(), escape(c, table.table()), "%")) {
            while (rs.next()) {
                // The name pattern's '_' matches any character: keep this table's columns only.
                if (rs.getString("TABLE_NAME").equals(table.table())
                        && (table.schema() == null || table.schema().equals(rs.getString("TABLE_SCHEM")))) {
                    columns.add(new Column(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")));
                }
            }
        } catch (SQLException e) {
            throw failed("read the columns of " + table, e);
        }
        return columns;
    }

    /** The columns of the table's primary key (none when it has none), as stored. */
    public List<String> primaryKey(Resolved table) {
        List<String> columns = new ArrayList<>();
        try (Connection c = pool.getConnection();
             ResultSet rs = c.getMetaData().getPrimaryKeys(null, table.schema(), table.table())) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        } catch (SQLException e) {
            throw failed("read the primary key of " + table, e);
        }
        return columns;
    }

    /** A failed statement on the source database: exit 5 with what was being done. */
    public DvhcException failed(String doing, SQLException e) {
        return new DvhcException(ErrorCode.DB_UNAVAILABLE, "cannot " + doing + " in " + url + ": " + rootMessage(e), null,
                "check the privileges of " + (user == null ? "the user" : user) + " (docs/tables.md); then run the same "
                + "command again", e);
    }

    @Override
    public void close() {
        pool.close();
    }

    private static boolean matches(String wanted, String actual, boolean exact) {
        return actual != null && (exact ? actual.equals(wanted) : actual.equalsIgnoreCase(wanted));
    }

    private static String escape(Connection c, String name) throws SQLException {
        String escape = c.getMetaData().getSearchStringEscape();
        return escape == null || escape.isEmpty() ? name
                : name.replace(escape, escape + escape).replace("%", escape + "%");
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.strip();
    }
}
