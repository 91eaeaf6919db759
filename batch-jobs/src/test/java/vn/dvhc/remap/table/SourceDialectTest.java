package vn.dvhc.remap.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.infrastructure.item.database.support.OraclePagingQueryProvider;
import org.springframework.batch.infrastructure.item.database.support.SqlServerPagingQueryProvider;
import org.springframework.batch.infrastructure.support.DatabaseType;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The SQL the table job writes, per database, without a server: each dialect is built as its driver describes the
 * database (quote string, case of bare names, product name), and the statements are compared whole. H2, PostgreSQL
 * and MariaDB run these statements in the job tests; SQL Server's and Oracle's are checked here only (docs/tables.md).
 */
class SourceDialectTest {

    // As the drivers report them: getIdentifierQuoteString, storesUpper/LowerCaseIdentifiers, getDatabaseProductName.
    private static final SourceDialect H2 = new SourceDialect(DatabaseType.H2, "\"", true, false, Set.of());
    private static final SourceDialect POSTGRESQL = new SourceDialect(DatabaseType.POSTGRES, "\"", false, true,
            Set.of());
    private static final SourceDialect MARIADB = new SourceDialect(DatabaseType.MARIADB, "`", false, false, Set.of());
    private static final SourceDialect SQLSERVER = new SourceDialect(DatabaseType.SQLSERVER, "\"", false, false,
            Set.of());
    private static final SourceDialect ORACLE = new SourceDialect(DatabaseType.ORACLE, "\"", true, false, Set.of());

    private static final TableSource.Resolved SOURCE = new TableSource.Resolved("dancu", "Hộ khẩu");
    private static final TableSource.Resolved TARGET = new TableSource.Resolved("dancu", "ho_khau_moi");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Microsoft SQL Server | SQLSERVER
            Oracle               | ORACLE
            PostgreSQL           | POSTGRES
            MariaDB              | MARIADB
            MySQL                | MYSQL
            H2                   | H2
            """)
    void thePagingProviderIsSpringBatchsForTheProductNameTheDriverReports(String product, DatabaseType type) {
        assertThat(SourceDialect.paging(product)).isEqualTo(type);
    }

    @Test
    void aProductSpringBatchDoesNotNameLeavesItToTheMetadata() {
        assertThat(SourceDialect.paging("DB2/LINUXX8664")).isNull();
    }

    @Test
    void sqlServerHasNoCreateTableAsSelectButSelectIntoWithAUnionSoThatAnIdentityKeyIsNotCopied() {
        assertThat(SQLSERVER.emptyCopy(TARGET, List.of("Số định danh"), SOURCE)).isEqualTo(
                "SELECT \"Số định danh\" INTO \"dancu\".\"ho_khau_moi\" FROM \"dancu\".\"Hộ khẩu\" WHERE 1 = 0 "
                        + "UNION ALL SELECT \"Số định danh\" FROM \"dancu\".\"Hộ khẩu\" WHERE 1 = 0");
    }

    @Test
    void theOthersCreateTheEmptyCopyWithCreateTableAsSelect() {
        assertThat(ORACLE.emptyCopy(new TableSource.Resolved("DANCU", "HO_KHAU_MOI"), List.of("SO"),
                new TableSource.Resolved("DANCU", "HO_KHAU"))).isEqualTo(
                "CREATE TABLE \"DANCU\".\"HO_KHAU_MOI\" AS SELECT \"SO\" FROM \"DANCU\".\"HO_KHAU\" WHERE 1 = 0");
        assertThat(MARIADB.emptyCopy(TARGET, List.of("tinh", "so"), SOURCE)).isEqualTo(
                "CREATE TABLE `dancu`.`ho_khau_moi` AS SELECT `tinh`, `so` FROM `dancu`.`Hộ khẩu` WHERE 1 = 0");
        assertThat(POSTGRESQL.emptyCopy(TARGET, List.of("so"), SOURCE)).isEqualTo(
                "CREATE TABLE \"dancu\".\"ho_khau_moi\" AS SELECT \"so\" FROM \"dancu\".\"Hộ khẩu\" WHERE 1 = 0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SQLSERVER  | 200  | NVARCHAR(200)
            SQLSERVER  | 4000 | NVARCHAR(4000)
            ORACLE     | 200  | NVARCHAR2(200)
            ORACLE     | 4000 | NVARCHAR2(2000)
            POSTGRESQL | 4000 | VARCHAR(4000)
            MARIADB    | 200  | VARCHAR(200)
            H2         | 2    | VARCHAR(2)
            """)
    void createdTextColumnsHoldVietnameseLettersWhateverTheDatabaseCharacterSet(String database, int width,
                                                                                String type) {
        assertThat(dialect(database).textType(width)).isEqualTo(type);
    }

    @Test
    void aRejectDetailIsCutWhereTheColumnEndsOnOracleOnly() {
        assertThat(ORACLE.textLimit(TargetTable.DETAIL_WIDTH)).isEqualTo(2000);
        assertThat(SQLSERVER.textLimit(TargetTable.DETAIL_WIDTH)).isEqualTo(4000);
        assertThat(POSTGRESQL.textLimit(TargetTable.DETAIL_WIDTH)).isEqualTo(4000);
    }

    @Test
    void inPlaceColumnsAreAddedWithTheDialectsQuotesAndType() {
        assertThat(SQLSERVER.addColumn(SOURCE, "new_commune_name", 200))
                .isEqualTo("ALTER TABLE \"dancu\".\"Hộ khẩu\" ADD \"new_commune_name\" NVARCHAR(200)");
        assertThat(ORACLE.addColumn(new TableSource.Resolved("DANCU", "Hộ khẩu"), ORACLE.stored("new_commune_name"),
                200)).isEqualTo("ALTER TABLE \"DANCU\".\"Hộ khẩu\" ADD \"NEW_COMMUNE_NAME\" NVARCHAR2(200)");
        assertThat(MARIADB.addColumn(SOURCE, "new_province_code", 2))
                .isEqualTo("ALTER TABLE `dancu`.`Hộ khẩu` ADD `new_province_code` VARCHAR(2)");
    }

    @Test
    void oracleNamesTheKeyIndexInTheTablesSchemaNotTheUsers() {
        assertThat(ORACLE.uniqueIndex(new TableSource.Resolved("DANCU", "HO_KHAU_MOI"), List.of("TINH", "SO"), false))
                .isEqualTo("CREATE UNIQUE INDEX \"DANCU\".\"HO_KHAU_MOI_KEY\" ON \"DANCU\".\"HO_KHAU_MOI\" "
                        + "(\"TINH\", \"SO\")");
        assertThat(SQLSERVER.uniqueIndex(TARGET, List.of("so"), false))
                .isEqualTo("CREATE UNIQUE INDEX \"ho_khau_moi_key\" ON \"dancu\".\"ho_khau_moi\" (\"so\")");
        assertThat(POSTGRESQL.uniqueIndex(TARGET, List.of("so"), false))
                .isEqualTo("CREATE UNIQUE INDEX \"ho_khau_moi_key\" ON \"dancu\".\"ho_khau_moi\" (\"so\")");
        // Made after the rows by COPY's runs, again on a restart of the last step.
        assertThat(POSTGRESQL.uniqueIndex(TARGET, List.of("so"), true))
                .isEqualTo("CREATE UNIQUE INDEX IF NOT EXISTS \"ho_khau_moi_key\" ON \"dancu\".\"ho_khau_moi\" (\"so\")");
    }

    @Test
    void bareNamesAreStoredInTheCaseTheDatabaseFoldsThemTo() {
        assertThat(ORACLE.stored("ho_khau_moi")).isEqualTo("HO_KHAU_MOI");
        assertThat(H2.stored("ho_khau_moi")).isEqualTo("HO_KHAU_MOI");
        assertThat(POSTGRESQL.stored("HO_KHAU_MOI")).isEqualTo("ho_khau_moi");
        assertThat(SQLSERVER.stored("Ho_Khau_Moi")).isEqualTo("Ho_Khau_Moi");
        assertThat(ORACLE.plain("SO")).isTrue();
        assertThat(ORACLE.plain("so")).as("Oracle would read a bare so as SO").isFalse();
        assertThat(SQLSERVER.plain("so")).isTrue();
        assertThat(SQLSERVER.plain("level")).as("a keyword somewhere").isFalse();
        assertThat(SQLSERVER.quote("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(MARIADB.quote("a`b")).isEqualTo("`a``b`");
    }

    @Test
    void sqlServerPagesWithTopOrderedByTheKey() throws Exception {
        KeyOrderedSelect select = KeyOrderedSelect.of(SQLSERVER, layout(SQLSERVER, List.of("tinh", "so")),
                new DriverManagerDataSource("jdbc:sqlserver://127.0.0.1:1;databaseName=dancu"));
        assertThat(select.provider()).isInstanceOf(SqlServerPagingQueryProvider.class);
        assertThat(select.keyLabels()).containsExactly("tinh", "so");
        assertThat(select.provider().generateFirstPageQuery(500)).isEqualTo(
                "SELECT TOP 500 tinh, so, \"Mã phường/xã\" AS dvhc_commune FROM \"dancu\".\"Hộ khẩu\" "
                        + "ORDER BY tinh ASC, so ASC");
        assertThat(select.provider().generateRemainingPagesQuery(500)).isEqualTo(
                "SELECT TOP 500 tinh, so, \"Mã phường/xã\" AS dvhc_commune FROM \"dancu\".\"Hộ khẩu\" "
                        + "WHERE ((tinh > ?) OR (tinh = ? AND so > ?)) ORDER BY tinh ASC, so ASC");
    }

    @Test
    void oraclePagesWithRownumOverTheAliasedKeyWhenItsNameNeedsQuotes() throws Exception {
        KeyOrderedSelect select = KeyOrderedSelect.of(ORACLE, layout(ORACLE, List.of("Số định danh")),
                new DriverManagerDataSource("jdbc:oracle:thin:@127.0.0.1:1/dancu"));
        assertThat(select.provider()).isInstanceOf(OraclePagingQueryProvider.class);
        assertThat(select.keyLabels()).containsExactly("dvhc_k0");
        assertThat(select.provider().generateFirstPageQuery(500)).isEqualTo(
                "SELECT * FROM (SELECT dvhc_k0, dvhc_commune FROM (SELECT \"Số định danh\" AS dvhc_k0, "
                        + "\"Mã phường/xã\" AS dvhc_commune FROM \"dancu\".\"Hộ khẩu\") dvhc_source "
                        + "ORDER BY dvhc_k0 ASC) "
                        + "WHERE ROWNUM <= 500");
        assertThat(select.provider().generateRemainingPagesQuery(500)).isEqualTo(
                "SELECT * FROM (SELECT dvhc_k0, dvhc_commune FROM (SELECT \"Số định danh\" AS dvhc_k0, "
                        + "\"Mã phường/xã\" AS dvhc_commune FROM \"dancu\".\"Hộ khẩu\") dvhc_source "
                        + "ORDER BY dvhc_k0 ASC) WHERE ROWNUM <= 500 AND ((dvhc_k0 > ?))");
    }

    private static TableLayout layout(SourceDialect dialect, List<String> key) {
        List<String> columns = TableLayout.outputColumns(false, false, false).stream().map(dialect::stored).toList();
        return new TableLayout(SOURCE, key, "Mã phường/xã", null, null, null, null, null, null, false, TARGET, false,
                new TableSource.Resolved("dancu", "ho_khau_moi_rejects"), columns, columns);
    }

    private static SourceDialect dialect(String name) {
        return switch (name) {
            case "SQLSERVER" -> SQLSERVER;
            case "ORACLE" -> ORACLE;
            case "POSTGRESQL" -> POSTGRESQL;
            case "MARIADB" -> MARIADB;
            default -> H2;
        };
    }
}
