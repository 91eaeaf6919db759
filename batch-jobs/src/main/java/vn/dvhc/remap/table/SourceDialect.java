package vn.dvhc.remap.table;

import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.support.DatabaseType;

/**
 * How the source database's SQL differs where the table job writes SQL of its own: the quote character and the case
 * bare names are stored in (from the driver's metadata), the text type of the columns it creates, how a table is
 * created empty with the key's column types, and which of Spring Batch's paging query providers reads it. Worked out
 * from a live connection ({@link #of}); the tests build one per database as its driver describes itself, so the SQL for
 * SQL Server and Oracle is checked without their servers.
 *
 * @param database the paging provider's database, or null for one Spring Batch does not know (then it asks the
 *                 metadata itself)
 * @param quote    the identifier quote string
 * @param upper    whether bare names are stored in upper case (H2, Oracle)
 * @param lower    whether bare names are stored in lower case (PostgreSQL)
 * @param keywords words that are not used bare, upper case
 */
public record SourceDialect(DatabaseType database, String quote, boolean upper, boolean lower, Set<String> keywords) {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Words reserved in some SQL dialect that a column may still be named: such a key is not used bare. */
    private static final Set<String> RESERVED = Set.of("ALL", "AND", "ANY", "AS", "BY", "CASE",
            "CHECK", "COMMENT", "DATE", "DAY", "DEFAULT", "END", "FOR", "FROM", "GROUP", "IN", "INDEX", "IS", "JOIN",
            "KEY", "LEVEL", "LIMIT", "MONTH", "NOT", "NULL", "NUMBER", "OFFSET", "ON", "OR", "ORDER", "PRIMARY", "ROW",
            "ROWS", "SELECT", "SIZE", "SOME", "TABLE", "TIME", "TO", "UNIQUE", "USER", "VALUE", "WHEN", "WHERE",
            "YEAR");
    /**
     * Oracle's NVARCHAR2 holds 2,000 characters (4,000 bytes of AL16UTF16, its national character set's default);
     * elsewhere a reject's detail keeps 4,000.
     */
    private static final int ORACLE_TEXT_LIMIT = 2000;

    public SourceDialect {
        Set<String> all = new HashSet<>(RESERVED);
        keywords.forEach(k -> all.add(k.toUpperCase(Locale.ROOT)));
        keywords = Set.copyOf(all);
    }

    /** The dialect of a connected database, as its driver describes it. */
    public static SourceDialect of(DatabaseMetaData meta) throws SQLException {
        String q = meta.getIdentifierQuoteString();
        Set<String> words = new HashSet<>();
        for (String word : meta.getSQLKeywords().split(",")) {
            if (!word.isBlank()) {
                words.add(word.strip());
            }
        }
        return new SourceDialect(paging(meta.getDatabaseProductName()), q == null || q.isBlank() ? "\"" : q.strip(),
                meta.storesUpperCaseIdentifiers(), meta.storesLowerCaseIdentifiers(), words);
    }

    /**
     * The paging provider's database for the product name the driver reports ("Microsoft SQL Server", "Oracle"), as
     * Spring Batch names them; null for one it does not name so (DB2's vary): then Spring Batch reads the metadata.
     */
    static DatabaseType paging(String product) {
        return Arrays.stream(DatabaseType.values()).filter(t -> t.getProductName().equals(product)).findFirst()
                .orElse(null);
    }

    /** The name as the database's SQL needs it, quoted whatever it holds. */
    public String quote(String identifier) {
        return quote + identifier.replace(quote, quote + quote) + quote;
    }

    /** A table, quoted, with its schema when it has one. */
    public String quote(TableSource.Resolved table) {
        return (table.schema() == null ? "" : quote(table.schema()) + ".") + quote(table.table());
    }

    /**
     * The stored form of a name the operator wrote bare: upper case where the database folds unquoted names up (H2,
     * Oracle), lower case where it folds them down (PostgreSQL), as written otherwise (SQL Server, MariaDB).
     */
    public String stored(String bare) {
        return upper ? bare.toUpperCase(Locale.ROOT) : lower ? bare.toLowerCase(Locale.ROOT) : bare;
    }

    /**
     * Whether a stored name can be written bare: letters, digits and '_', in the case the database folds bare names
     * to, and no keyword.
     */
    public boolean plain(String name) {
        return PLAIN.matcher(name).matches() && stored(name).equals(name)
                && !keywords.contains(name.toUpperCase(Locale.ROOT));
    }

    /**
     * The type of a text column dvhc creates: Unicode whatever the database's own character set, since unit names
     * are Vietnamese. SQL Server's VARCHAR follows the collation's code page (Vietnamese letters become '?'), so
     * NVARCHAR; Oracle's VARCHAR2 the database character set and a length in bytes by default, so NVARCHAR2, whose
     * length is in characters.
     */
    public String textType(int width) {
        if (database == DatabaseType.SQLSERVER) {
            return "NVARCHAR(" + width + ")";
        }
        if (database == DatabaseType.ORACLE) {
            return "NVARCHAR2(" + Math.min(width, ORACLE_TEXT_LIMIT) + ")";
        }
        return "VARCHAR(" + width + ")";
    }

    /** How long a text dvhc writes into a column of {@link #textType} may be: the rest of a reject's detail is cut. */
    public int textLimit(int width) {
        return database == DatabaseType.ORACLE ? Math.min(width, ORACLE_TEXT_LIMIT) : width;
    }

    /**
     * Creates the table empty with the key columns of the source, their types copied. SQL Server has no
     * {@code CREATE TABLE … AS SELECT} but {@code SELECT … INTO}, which would also copy an IDENTITY key's property (and
     * then refuse the keys dvhc inserts); a UNION is one of the documented cases where it does not.
     */
    public String emptyCopy(TableSource.Resolved target, List<String> key, TableSource.Resolved source) {
        String keys = key.stream().map(this::quote).collect(Collectors.joining(", "));
        String select = "SELECT " + keys + " FROM " + quote(source) + " WHERE 1 = 0";
        if (database == DatabaseType.SQLSERVER) {
            return "SELECT " + keys + " INTO " + quote(target) + " FROM " + quote(source) + " WHERE 1 = 0 UNION ALL "
                    + select;
        }
        return "CREATE TABLE " + quote(target) + " AS " + select;
    }

    /** A text column added to a table. */
    public String addColumn(TableSource.Resolved table, String column, int width) {
        return "ALTER TABLE " + quote(table) + " ADD " + quote(column) + " " + textType(width);
    }

    /**
     * The unique index on the key, named {@code <table>_key}. Oracle puts an index in the schema of the user who
     * creates it unless it is named with the table's; PostgreSQL, H2, MariaDB and SQL Server keep it with the table.
     */
    public String uniqueIndex(TableSource.Resolved table, List<String> key, boolean ifAbsent) {
        String name = quote(table.table() + stored("_key"));
        if (database == DatabaseType.ORACLE && table.schema() != null) {
            name = quote(table.schema()) + "." + name;
        }
        return "CREATE UNIQUE INDEX " + (ifAbsent ? "IF NOT EXISTS " : "") + name + " ON " + quote(table) + " ("
                + key.stream().map(this::quote).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * Sets a text parameter for a column of {@link #textType}. Oracle's driver converts a plain string through the
     * database character set, which may not hold Vietnamese letters: an NVARCHAR2 column is given an NCHAR value.
     */
    public void setText(PreparedStatement ps, int index, String value) throws SQLException {
        if (database == DatabaseType.ORACLE) {
            ps.setNString(index, value);
        } else {
            ps.setString(index, value);
        }
    }
}
