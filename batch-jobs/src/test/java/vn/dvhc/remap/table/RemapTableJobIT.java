package vn.dvhc.remap.table;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvhc.jooq.Tables.REMAP_RUN;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import vn.dvhc.common.Sha256;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.infra.DatabaseSettings;
import vn.dvhc.remap.OnSplit;
import vn.dvhc.remap.RemapJob;
import vn.dvhc.remap.RemapJobConfig;
import vn.dvhc.remap.RemapLocalPartitioning;
import vn.dvhc.remap.RemapSettings;
import vn.dvhc.remap.RemapSummary;
import vn.dvhc.remap.SplitOptions;
import vn.dvhc.remap.address.AddressColumns;
import vn.dvhc.testing.JobChecks;
import vn.dvhc.testing.JobInfra;
import vn.dvhc.testing.MariaDb;
import vn.dvhc.testing.Samples;
import vn.dvhc.testing.SqlRows;

/**
 * {@code remapTableJob} on H2 and PostgreSQL, the source tables in the test's own database, and on MariaDB, the source
 * tables on a real server beside an H2 job repository ({@link MariaDb}): each sample file loaded
 * into a table gives, row for row, the statuses, columns and reject details of the file remap of that file (names
 * that need quotes, Vietnamese text, NULLs); a numeric code column with a composite key, with and without
 * --pad-codes; --in-place twice gives the same table; an existing non-empty --into is refused. A Spring Batch test
 * like the other job tests ({@link JobChecks}).
 */
class RemapTableJobIT {

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnH2.class, RemapTableJobConfig.class, RemapJobConfig.class,
            RemapLocalPartitioning.class})
    class OnH2 extends Checks {
    }

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnPostgreSQL.class, RemapTableJobConfig.class, RemapJobConfig.class,
            RemapLocalPartitioning.class})
    class OnPostgreSQL extends Checks {

        @Override
        boolean copies() {
            return true;
        }
    }

    /**
     * dvhc's own database on H2 (it is never MariaDB), the source tables in a new database of the MariaDB server for
     * each test, reached with a password. The test's own statements quote with double quotes as on the others
     * (ANSI_QUOTES in its session); the job's session keeps MariaDB's default, backticks.
     */
    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnH2.class, RemapTableJobConfig.class, RemapJobConfig.class,
            RemapLocalPartitioning.class, MariaDb.InjectedPassword.class})
    class OnMariaDB extends Checks {

        private DatabaseSettings source;

        @BeforeEach
        void aNewDatabaseOnTheServer() {
            source = MariaDb.settings();
        }

        @Override
        DatabaseSettings source() {
            return source;
        }

        @Override
        String sourcePasswordEnv() {
            return MariaDb.passwordEnv();
        }

        @Override
        Connection connect() throws SQLException {
            return MariaDb.ansiQuoted(source);
        }
    }

    abstract static class Checks extends JobChecks {

        // Two jobs in the context (the file remap is the reference): spring-batch-test sets a job only when it is
        // the only one, so the table job is set here and the file job started through the operator. No method of
        // this class returns a JobExecution: spring-batch-test's job scope listener would call it.
        @Autowired
        @Qualifier("remapTableJob")
        Job tableJob;
        @Autowired
        @Qualifier("remapJob")
        Job fileJob;

        @BeforeEach
        void theJobUnderTestIsTheTableJob() {
            jobs.setJob(tableJob);
        }

        /** The database holding the source tables: dvhc's own, unless a nested class says otherwise. */
        DatabaseSettings source() {
            return database.settings();
        }

        /** Whether the writes are PostgreSQL's COPY ({@link CopyWrites}) rather than batched statements. */
        boolean copies() {
            return false;
        }

        /** The variable naming the source's password, or null for none. */
        String sourcePasswordEnv() {
            return null;
        }

        /** A connection to the source database for the test's own statements, which quote with double quotes. */
        Connection connect() throws SQLException {
            return database.dataSource().getConnection();
        }

        private TableSettings settings(String table, List<String> key, String into, boolean padCodes,
                                       AddressColumns names) {
            return settings(table, key, into, padCodes, names, OnSplit.FLAG);
        }

        private TableSettings settings(String table, List<String> key, String into, boolean padCodes,
                                       AddressColumns names, OnSplit onSplit) {
            return new TableSettings(source().url(), source().user(), sourcePasswordEnv(), table, key, into,
                    null, null, null, names, "pre-2025", "2026-04-30", null, onSplit, padCodes, null, 4,
                    RemapSettings.FailOn.NEVER);
        }

        @Test
        void eachSampleFileAsATableGivesTheFileRemapsColumnsAndRejectsRowForRow() throws Exception {
            for (String sample : List.of("remap/ho-khau-trich-xuat.csv", "remap/dang-ky-kinh-doanh.csv",
                    "remap/dia-chi-thuong-tru.csv", "splits/dan-cu-ha-noi.csv")) {
                // The split communes' sample with the law's resolutions: RESOLVED, remap_basis, match_note.
                OnSplit onSplit = sample.startsWith("splits/") ? OnSplit.POPULATION : OnSplit.FLAG;
                String table = "Mẫu " + sample.substring(sample.indexOf('/') + 1).replace(".csv", "");
                Map<String, Integer> rows = load(Samples.path(sample), table);
                Map<String, String> byFile = fileRemap(Samples.path(sample), onSplit);
                String target = "\"" + table + " mới\"";
                TableSettings settings = settings("\"" + table + "\"", List.of("n"), target, false, AddressColumns.NONE,
                        onSplit);
                JobExecution execution = jobs.startJob(RemapTableJob.JOB.parameters(settings, false));
                assertThat(execution.getStatus()).as(sample + execution.getAllFailureExceptions())
                        .isEqualTo(BatchStatus.COMPLETED);
                Map<Integer, String> byTable = tableOutcomes(table + " mới", table + " mới_rejects");
                assertThat(byTable).as(sample).hasSize(rows.size());
                for (Map.Entry<String, Integer> row : rows.entrySet()) {
                    assertThat(byTable.get(row.getValue())).as(sample + ": " + row.getKey())
                            .isEqualTo(byFile.get(row.getKey()));
                }
                RemapSummary summary = RemapTableJob.JOB.summary(execution, RemapSummary.class);
                assertThat(summary.rowsRead()).isEqualTo(rows.size())
                        .isEqualTo(summary.rowsWritten() + summary.rowsRejected());
                assertThat(database.dsl().fetchValue(REMAP_RUN.ROWS_READ, REMAP_RUN.JOB_EXECUTION_ID.eq(execution.getId())))
                        .isEqualTo((long) rows.size());
            }
        }

        @Test
        void aNumericCodeColumnIsMalformedUnlessPadCodesAndACompositeKeyOrdersTheRows() throws Exception {
            sql("CREATE TABLE dan_cu (tinh INTEGER NOT NULL, so INTEGER NOT NULL, ho_ten VARCHAR(100), ma_xa INTEGER)",
                    "INSERT INTO dan_cu VALUES (79, 2, 'Nguyễn Văn Hùng', 26740)",
                    "INSERT INTO dan_cu VALUES (1, 1, 'Trần Thị Mai', 4)",
                    "INSERT INTO dan_cu VALUES (1, 2, 'Lê Văn Tám', NULL)",
                    "INSERT INTO dan_cu VALUES (79, 1, 'Phạm Thu', 26743)");
            JobExecution plain = jobs.startJob(RemapTableJob.JOB.parameters(settings("dan_cu", List.of("tinh", "so"),
                    "dan_cu_moi", false, AddressColumns.NONE), false));
            assertThat(plain.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(query("SELECT tinh, so, new_commune_code, remap_status FROM dan_cu_moi ORDER BY tinh, so"))
                    .containsExactly("79|1|26743|MAPPED", "79|2|26740|MAPPED");
            assertThat(query("SELECT tinh, so, reason, detail FROM dan_cu_moi_rejects ORDER BY tinh, so"))
                    .containsExactly("1|1|MALFORMED_CODE|4 has 1 digit; a commune code has 5 — if leading zeros were "
                            + "lost (Excel), run with --pad-codes", "1|2|MISSING_CODE|no commune code");
            JobExecution padded = jobs.startJob(RemapTableJob.JOB.parameters(settings("dan_cu", List.of("tinh", "so"),
                    "dan_cu_pad", true, AddressColumns.NONE), false));
            assertThat(query("SELECT tinh, so, new_commune_code, new_commune_name, remap_status FROM dan_cu_pad "
                    + "WHERE tinh = 1")).containsExactly("1|1|00004|Phường Ba Đình|MAPPED");
            assertThat(RemapTableJob.JOB.summary(padded, RemapSummary.class).padded()).isEqualTo(1);
        }

        @Test
        void inPlaceAddsTheColumnsAndTwiceGivesTheSameTable() throws Exception {
            sql("CREATE TABLE ho (id INTEGER PRIMARY KEY, ma_xa VARCHAR(5), ma_huyen VARCHAR(3))",
                    "INSERT INTO ho VALUES (1, '26740', '760')", "INSERT INTO ho VALUES (2, '26737', '760')",
                    "INSERT INTO ho VALUES (3, '26740', '761')", "INSERT INTO ho VALUES (4, NULL, NULL)");
            TableSettings settings = settings("ho", List.of("id"), null, false, AddressColumns.NONE);
            assertThat(jobs.startJob(RemapTableJob.JOB.parameters(settings, false)).getStatus())
                    .isEqualTo(BatchStatus.COMPLETED);
            List<String> once = query("SELECT * FROM ho ORDER BY id");
            List<String> rejects = query("SELECT * FROM ho_rejects ORDER BY id");
            assertThat(once).containsExactly(
                    "1|26740|760|79|Thành phố Hồ Chí Minh|26740|Phường Sài Gòn|Phường|MAPPED|26740",
                    "2|26737|760|79|Thành phố Hồ Chí Minh|null|null|null|SPLIT|26737|26740",
                    "3|26740|761|null|null|null|null|null|null|null",
                    "4|null|null|null|null|null|null|null|null|null");
            assertThat(rejects).containsExactly("3|PARENT_MISMATCH|commune 26740 (Phường Bến Nghé) is in district 760, "
                    + "not 761", "4|MISSING_CODE|no commune code");
            assertThat(jobs.startJob(RemapTableJob.JOB.parameters(settings, true)).getStatus())
                    .isEqualTo(BatchStatus.COMPLETED);
            assertThat(query("SELECT * FROM ho ORDER BY id")).isEqualTo(once);
            assertThat(query("SELECT * FROM ho_rejects ORDER BY id")).isEqualTo(rejects);
        }

        /**
         * Keys and codes holding what COPY's formats treat specially on PostgreSQL (separators, quotes, tab, newline,
         * backslash, {@code \\N}, {@code \\.}, an empty string that is not NULL) and Vietnamese NFC letters, in a text key
         * and in reject details: the same rows, written {@code --into} and then in place, on every database (H2's are
         * those of batched JDBC statements), four rows a chunk.
         */
        @Test
        void valuesThatNeedEscapingComeBackAsTheyWereIntoAndInPlace() throws Exception {
            String[][] rows = {{"", "26740"}, {"a,b", "26737"}, {"\"trích\"", "2674,0"}, {"tab\there", "ab\tc"},
                    {"line\nbreak", "x\ny"}, {"back\\slash", "\\N"}, {"\\.", "\\."}, {"Nguyễn Thị Ánh", "26740"},
                    {"NULL", null}, {"\\N", "26740"}, {"a;b|c", "'26740"}};
            sql("CREATE TABLE \"giá trị lạ\" (\"khóa\" VARCHAR(40) PRIMARY KEY, ma_xa VARCHAR(20))");
            try (Connection c = connect();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO \"giá trị lạ\" VALUES (?, ?)")) {
                for (String[] row : rows) {
                    ps.setString(1, row[0]);
                    ps.setString(2, row[1]);
                    ps.executeUpdate();
                }
            }
            TableSettings into = settings("\"giá trị lạ\"", List.of("khóa"), "\"giá trị mới\"", false,
                    AddressColumns.NONE);
            try (TableSource db = TableSource.open(source().url(), source().user(), source().password())) {
                assertThat(CopyWrites.applies(db, TableLayout.resolve(db, into))).as("COPY").isEqualTo(copies());
            }
            JobExecution intoRun = jobs.startJob(RemapTableJob.JOB.parameters(into, false));
            assertThat(intoRun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            // PostgreSQL's COPY in its binary format: a text key, text columns.
            assertThat(intoRun.getExecutionContext().get(RemapTableJob.COPY_BINARY_KEYS))
                    .isEqualTo(copies() ? List.of(0) : null);
            List<String> written = sorted(query("SELECT \"khóa\", new_commune_code, new_commune_name, remap_status, "
                    + "remap_candidates FROM \"giá trị mới\""));
            List<String> rejected = sorted(query("SELECT * FROM \"giá trị mới_rejects\""));
            assertThat(written).containsExactly(
                    "Nguyễn Thị Ánh|26740|Phường Sài Gòn|MAPPED|26740",
                    "\\N|26740|Phường Sài Gòn|MAPPED|26740",
                    "a,b|null|null|SPLIT|26737|26740",
                    "|26740|Phường Sài Gòn|MAPPED|26740");
            assertThat(rejected).containsExactly(
                    "\"trích\"|MALFORMED_CODE|commune code '2674,0' is not 5 digits",
                    "NULL|MISSING_CODE|no commune code",
                    "\\.|MALFORMED_CODE|commune code '\\.' is not 5 digits",
                    "a;b|c|MALFORMED_CODE|commune code ''26740' is not 5 digits",
                    "back\\slash|MALFORMED_CODE|commune code '\\N' is not 5 digits",
                    "line\nbreak|MALFORMED_CODE|commune code 'x\ny' is not 5 digits",
                    "tab\there|MALFORMED_CODE|commune code 'ab\tc' is not 5 digits");
            TableSettings inPlace = settings("\"giá trị lạ\"", List.of("khóa"), null, false, AddressColumns.NONE);
            assertThat(jobs.startJob(RemapTableJob.JOB.parameters(inPlace, false)).getStatus())
                    .isEqualTo(BatchStatus.COMPLETED);
            assertThat(sorted(query("SELECT \"khóa\", new_commune_code, new_commune_name, remap_status, remap_candidates "
                    + "FROM \"giá trị lạ\" WHERE remap_status IS NOT NULL"))).isEqualTo(written);
            assertThat(sorted(query("SELECT * FROM \"giá trị lạ_rejects\""))).isEqualTo(rejected);
            // The source's own columns are only read.
            assertThat(sorted(query("SELECT \"khóa\", ma_xa FROM \"giá trị lạ\""))).isEqualTo(sorted(
                    Arrays.stream(rows).map(row -> row[0] + "|" + row[1]).toList()));
        }

        // Rows in Java's order: the databases' collations sort these keys differently.
        private static List<String> sorted(List<String> rows) {
            return rows.stream().sorted().toList();
        }

        @Test
        void anExistingNonEmptyTargetIsRefusedWithoutRerun() throws Exception {
            sql("CREATE TABLE nguon (id INTEGER PRIMARY KEY, ma_xa VARCHAR(5))", "INSERT INTO nguon VALUES (1, '26740')",
                    "CREATE TABLE dich (id INTEGER, x VARCHAR(5))", "INSERT INTO dich VALUES (7, 'a')");
            JobExecution refused = jobs.startJob(RemapTableJob.JOB.parameters(settings("nguon", List.of("id"), "dich",
                    false, AddressColumns.NONE), false));
            assertThat(refused.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(refused.getAllFailureExceptions()).anySatisfy(e -> {
                Throwable cause = e;
                while (!(cause instanceof DvhcException) && cause.getCause() != null) {
                    cause = cause.getCause();
                }
                assertThat(cause).isInstanceOf(DvhcException.class);
                assertThat(((DvhcException) cause).code()).isEqualTo(ErrorCode.OUTPUT_EXISTS);
            });
            assertThat(query("SELECT * FROM dich")).containsExactly("7|a");
        }

        // Loads a sample file into a table of text columns with a key n (the record's number); rows of the wrong
        // length (MALFORMED_ROW in a file) cannot be a table's rows and are left out. Returns each row's fields → n.
        private Map<String, Integer> load(Path file, String table) throws Exception {
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(file)).get();
            Map<String, Integer> rows = new HashMap<>();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVParser parser = CSVParser.parse(reader, format); Connection c = connect()) {
                List<CSVRecord> records = parser.getRecords();
                List<String> header = records.get(0).toList();
                StringBuilder create = new StringBuilder("CREATE TABLE \"" + table + "\" (n INTEGER PRIMARY KEY");
                header.forEach(h -> create.append(", \"").append(h).append("\" VARCHAR(300)"));
                try (Statement s = c.createStatement()) {
                    s.execute(create.append(")").toString());
                }
                String insert = "INSERT INTO \"" + table + "\" VALUES (?" + ", ?".repeat(header.size()) + ")";
                try (PreparedStatement ps = c.prepareStatement(insert)) {
                    for (int n = 1; n < records.size(); n++) {
                        CSVRecord record = records.get(n);
                        if (record.size() != header.size()) {
                            continue;
                        }
                        ps.setInt(1, n);
                        for (int f = 0; f < header.size(); f++) {
                            ps.setString(f + 2, record.get(f).isEmpty() ? null : record.get(f));
                        }
                        ps.executeUpdate();
                        rows.put(String.join("\u0001", record.toList()), n);
                    }
                }
            }
            return rows;
        }

        // The file remap's outcome of each row, by the row's fields: its appended columns, or its reject.
        private Map<String, String> fileRemap(Path input, OnSplit onSplit) throws Exception {
            Path output = temp.resolve(input.getFileName());
            RemapSettings settings = new RemapSettings(input, Sha256.of(input), output, Path.of(output + ".rejects.csv"),
                    null, null, null, "pre-2025", "2026-04-30", null, onSplit, null, "UTF-8", 1000, 1,
                    RemapSettings.FailOn.NEVER, null, 0, false, null, false, null, SplitOptions.NONE, AddressColumns.NONE);
            JobExecution execution = jobs.getJobOperator().start(fileJob, RemapJob.JOB.parameters(settings, false));
            assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
                    .isEqualTo(BatchStatus.COMPLETED);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(input)).get();
            int fields = CSVParser.parse(input, StandardCharsets.UTF_8, format).getRecords().get(0).size();
            Map<String, String> outcomes = new HashMap<>();
            List<CSVRecord> out = CSVParser.parse(output, StandardCharsets.UTF_8, format).getRecords();
            for (CSVRecord record : out.subList(1, out.size())) {
                List<String> all = record.toList();
                outcomes.put(String.join("\u0001", all.subList(0, fields)),
                        "W:" + String.join("|", all.subList(fields, all.size())));
            }
            List<CSVRecord> rejected = CSVParser.parse(settings.rejects(), StandardCharsets.UTF_8, format).getRecords();
            for (CSVRecord record : rejected.subList(1, rejected.size())) {
                List<String> all = record.toList();
                if (all.size() == fields + 3) {
                    outcomes.put(String.join("\u0001", all.subList(3, all.size())), "R:" + all.get(1) + "|" + all.get(2));
                }
            }
            return outcomes;
        }

        // What the table remap did with each n, in the file's words (empty for NULL).
        private Map<Integer, String> tableOutcomes(String target, String rejects) throws Exception {
            Map<Integer, String> outcomes = new HashMap<>();
            try (Connection c = connect(); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + target + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        List<String> values = new ArrayList<>();
                        for (int i = 2; i <= meta.getColumnCount(); i++) {
                            values.add(rs.getString(i) == null ? "" : rs.getString(i));
                        }
                        outcomes.put(rs.getInt(1), "W:" + String.join("|", values));
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + rejects + "\"")) {
                    while (rs.next()) {
                        outcomes.put(rs.getInt(1), "R:" + rs.getString(2) + "|" + rs.getString(3));
                    }
                }
            }
            return outcomes;
        }

        private static char delimiter(Path file) throws Exception {
            return Files.readAllLines(file, StandardCharsets.UTF_8).get(0).contains(";") ? ';' : ',';
        }

        private void sql(String... statements) throws Exception {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
        }

        private List<String> query(String sql) throws Exception {
            try (Connection c = connect()) {
                return SqlRows.of(c, sql);
            }
        }
    }
}
