package vn.dvhc.remap.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import vn.dvhc.infra.DatabaseSettings;
import vn.dvhc.remap.OnSplit;
import vn.dvhc.remap.RemapSettings;
import vn.dvhc.remap.RemapSummary;
import vn.dvhc.remap.address.AddressColumns;
import vn.dvhc.testing.JobChecks;
import vn.dvhc.testing.JobInfra;
import vn.dvhc.testing.MariaDb;
import vn.dvhc.testing.SqlRows;

/**
 * {@code --threads N} and {@code --rejects FILE} of {@code remapTableJob}, on H2, PostgreSQL and MariaDB: N key ranges
 * over a composite key of text (mixed case, Vietnamese letters, in the database's collation) and a number give the
 * rows, rejects and counts of one thread; the rejects file holds the rows of the rejects table, which is not created,
 * and is the same bytes for any N; a partition that fails (a CHECK constraint of the target) is resumed by the same
 * run to the tables and the file of an uninterrupted run, the file never under its name before the end.
 */
class RemapTableOptionsJobIT {

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnH2.class, RemapTableJobConfig.class})
    class OnH2 extends Checks {
    }

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnPostgreSQL.class, RemapTableJobConfig.class})
    class OnPostgreSQL extends Checks {
    }

    /**
     * The source tables in a new database of the MariaDB test server; the password reaches the job as the command
     * line gives it, in the environment it injects (MariaDb.InjectedPassword), not the process's.
     */
    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnH2.class, RemapTableJobConfig.class, MariaDb.InjectedPassword.class})
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
            return MariaDb.PASSWORD_ENV;
        }

        @Override
        Connection connect() throws SQLException {
            return MariaDb.ansiQuoted(source);
        }
    }

    abstract static class Checks extends JobChecks {

        /** Communes of the rows, by so % 5: mapped, split, parent mismatch (rejected), missing (rejected), mapped. */
        private static final String[][] CODES = {{"26740", "760"}, {"26737", "760"}, {"26740", "761"}, {null, null},
                {"26743", "760"}};
        /** Mixed case, but never two that differ only in case or accents (the same key to a _ci collation). */
        private static final String[] PROVINCES = {"Hà Nội", "hà giang", "Đà Nẵng", "An Giang", "an phú", "Zeta",
                "Ô Môn"};

        DatabaseSettings source() {
            return database.settings();
        }

        String sourcePasswordEnv() {
            return null;
        }

        Connection connect() throws SQLException {
            return database.dataSource().getConnection();
        }

        // 7 text values × 9 numbers = 63 rows; the text part of the key orders in the database's collation. Made by
        // each test, after the nested class has chosen the source database; what a test made is dropped after it.
        private void aTableWithACompositeKey() throws Exception {
            try (Connection c = connect()) {
                try (Statement s = c.createStatement()) {
                    for (String table : List.of("dan_cu", "mot", "mot_rejects", "bon", "bon_rejects", "bang",
                            "bang_rejects", "tep1", "tep3", "sach", "hong")) {
                        s.execute("DROP TABLE IF EXISTS " + table);
                    }
                    s.execute("CREATE TABLE dan_cu (tinh VARCHAR(20) NOT NULL, so INTEGER NOT NULL, ma_xa VARCHAR(5), "
                            + "ma_huyen VARCHAR(3), PRIMARY KEY (tinh, so))");
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO dan_cu VALUES (?, ?, ?, ?)")) {
                    for (String tinh : PROVINCES) {
                        for (int so = 1; so <= 9; so++) {
                            String[] code = CODES[(so + tinh.length()) % CODES.length];
                            ps.setString(1, tinh);
                            ps.setInt(2, so);
                            ps.setString(3, code[0]);
                            ps.setString(4, code[1]);
                            ps.executeUpdate();
                        }
                    }
                }
            }
        }

        private TableSettings settings(String into, Path rejects, int threads) {
            return new TableSettings(source().url(), source().user(), sourcePasswordEnv(), "dan_cu",
                    List.of("tinh", "so"), into, null, null, null, AddressColumns.NONE, "pre-2025", "2026-04-30", null,
                    OnSplit.FLAG, false, null, 4, RemapSettings.FailOn.NEVER, rejects, threads);
        }

        @Test
        void keyRangesOnThreadsWriteTheRowsAndCountsOfOneThread() throws Exception {
            aTableWithACompositeKey();
            JobExecution one = jobs.startJob(RemapTableJob.JOB.parameters(settings("mot", null, 1), false));
            JobExecution four = jobs.startJob(RemapTableJob.JOB.parameters(settings("bon", null, 4), false));
            completed(one);
            completed(four);
            assertThat(four.getStepExecutions()).extracting(StepExecution::getStepName)
                    .contains("remapTableJob.rows:partition0", "remapTableJob.rows:partition3")
                    .doesNotContain("remapTableJob.rows:partition4");
            assertThat(four.getStepExecutions()).filteredOn(s -> s.getStepName().startsWith("remapTableJob.rows:"))
                    .allSatisfy(s -> assertThat(s.getReadCount()).isBetween(15L, 16L));
            assertThat(query("SELECT * FROM bon ORDER BY tinh, so")).hasSize(query("SELECT * FROM mot").size())
                    .isEqualTo(query("SELECT * FROM mot ORDER BY tinh, so"));
            assertThat(query("SELECT * FROM bon_rejects ORDER BY tinh, so"))
                    .isEqualTo(query("SELECT * FROM mot_rejects ORDER BY tinh, so"));
            RemapSummary a = RemapTableJob.JOB.summary(one, RemapSummary.class);
            RemapSummary b = RemapTableJob.JOB.summary(four, RemapSummary.class);
            assertThat(b.rowsRead()).isEqualTo(63).isEqualTo(a.rowsRead());
            assertThat(b.rowsWritten()).isEqualTo(a.rowsWritten());
            assertThat(b.rowsRejected()).isEqualTo(a.rowsRejected()).isPositive();
            assertThat(b.byStatus()).isEqualTo(a.byStatus());
            assertThat(b.byRejectReason()).isEqualTo(a.byRejectReason());
            assertThat(b.threads()).isEqualTo(4);
        }

        @Test
        void aRejectsFileHoldsTheRejectsTablesRowsTheSameBytesOnAnyThreadsAndNoTableIsMade() throws Exception {
            aTableWithACompositeKey();
            completed(jobs.startJob(RemapTableJob.JOB.parameters(settings("bang", null, 1), false)));
            Path one = temp.resolve("loai 1.csv");
            Path three = temp.resolve("loai 3.csv");
            JobExecution execution = jobs.startJob(RemapTableJob.JOB.parameters(settings("tep1", one, 1), false));
            completed(execution);
            completed(jobs.startJob(RemapTableJob.JOB.parameters(settings("tep3", three, 3), false)));
            List<String> records;
            try (CSVParser parser = CSVParser.parse(one, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
                records = parser.getRecords().stream().map(r -> String.join("|", r.toList())).toList();
            }
            assertThat(Files.readString(one, StandardCharsets.UTF_8)).startsWithIgnoringCase("tinh,so,reason,detail\n")
                    .contains("\"commune 26740 (Phường Bến Nghé) is in district 760, not 761\"\n");
            assertThat(records.subList(1, records.size()))
                    .isEqualTo(query("SELECT * FROM bang_rejects ORDER BY tinh, so"));
            assertThat(Files.readAllBytes(three)).isEqualTo(Files.readAllBytes(one));
            assertThat(tables()).doesNotContain("tep1_rejects", "tep3_rejects").contains("bang_rejects");
            assertThat(RemapTableJob.JOB.summary(execution, RemapSummary.class).rejects()).isEqualTo(one.toString());
            try (var files = Files.list(temp)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
        }

        @Test
        void aFailedPartitionIsResumedToTheTablesAndFileOfAnUninterruptedRun() throws Exception {
            aTableWithACompositeKey();
            Path clean = temp.resolve("clean.csv");
            completed(jobs.startJob(RemapTableJob.JOB.parameters(settings("sach", clean, 3), false)));
            // The target made beforehand (an empty table with the columns is used), refusing one row of the middle
            // range: that partition fails at its chunk, after earlier chunks committed.
            sql("CREATE TABLE hong AS SELECT * FROM sach WHERE 1 = 0",
                    "ALTER TABLE hong ADD CONSTRAINT chan CHECK (tinh <> 'Hà Nội' OR so <> 8)");
            Path resumed = temp.resolve("resumed.csv");
            TableSettings settings = settings("hong", resumed, 3);
            JobExecution failed = jobs.startJob(RemapTableJob.JOB.parameters(settings, false));
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(resumed).doesNotExist();
            assertThat(query("SELECT COUNT(*) FROM hong")).allSatisfy(n -> assertThat(Long.parseLong(n)).isPositive());
            sql("ALTER TABLE hong DROP CONSTRAINT chan");
            JobExecution again = jobs.startJob(RemapTableJob.JOB.parameters(settings, false));
            completed(again);
            assertThat(again.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
            assertThat(query("SELECT * FROM hong ORDER BY tinh, so"))
                    .isEqualTo(query("SELECT * FROM sach ORDER BY tinh, so"));
            assertThat(Files.readAllBytes(resumed)).isEqualTo(Files.readAllBytes(clean));
            RemapSummary summary = RemapTableJob.JOB.summary(again, RemapSummary.class);
            assertThat(summary.rowsRead()).isEqualTo(63).isEqualTo(summary.rowsWritten() + summary.rowsRejected());
        }

        // No method of this class returns a JobExecution: spring-batch-test's job scope listener would call it.
        private static void completed(JobExecution execution) {
            assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
                    .isEqualTo(BatchStatus.COMPLETED);
        }

        private List<String> tables() throws Exception {
            try (Connection c = connect(); var rs = c.getMetaData().getTables(null, null, "%", null)) {
                List<String> names = new ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
                return names;
            }
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
