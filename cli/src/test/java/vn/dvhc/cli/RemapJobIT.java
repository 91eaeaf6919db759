package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvhc.jooq.Tables.REMAP_RUN;
import static vn.dvhc.jooq.Tables.REMAP_RUN_PROVINCE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.dvhc.common.Json;
import vn.dvhc.common.Sha256;
import vn.dvhc.infra.Database;
import vn.dvhc.remap.RemapSummary;
import vn.dvhc.testing.Registers;
import vn.dvhc.testing.TestDatabases;

/** The remap job through the command line, on H2 and on PostgreSQL, on a generated 30,000-row register. */
class RemapJobIT {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void remapsEveryRowAndStoresItsSummary(TestDatabases.Kind kind) throws IOException {
        CliHarness.Target target = CliHarness.target(kind, temp.resolve("home"));
        Path input = temp.resolve("register.csv");
        Registers.generate(input, 30_000, 42, 5);
        Path output = temp.resolve("register.new.csv");
        Path summaryFile = temp.resolve("summary.json");

        CliHarness.Result run = target.run("remap", "--input", input.toString(), "--output", output.toString(),
                "--summary", summaryFile.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        RemapSummary summary = Json.read(Files.readString(summaryFile), RemapSummary.class);
        assertThat(summary.rowsRead()).isEqualTo(30_000);
        assertThat(summary.rowsWritten() + summary.rowsRejected()).isEqualTo(summary.rowsRead());
        assertThat(summary.invariantHolds()).isTrue();
        assertThat(summary.rowsRejected()).isPositive();
        assertThat(summary.byStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(summary.rowsWritten());
        assertThat(summary.byRejectReason().keySet()).containsExactly("MALFORMED_CODE", "UNKNOWN_CODE", "PARENT_MISMATCH");
        assertThat(summary.byNewProvince()).hasSize(34);
        assertThat(summary.input().sha256()).isEqualTo(Sha256.of(input));
        assertThat(summary.releases().from()).isEqualTo("pre-2025");
        assertThat(summary.releases().to()).isEqualTo("2026-04-30");
        assertThat(Files.readAllLines(output)).hasSize((int) summary.rowsWritten() + 1);
        assertThat(Files.readAllLines(Path.of(output + ".rejects.csv"))).hasSize((int) summary.rowsRejected() + 1);
        assertThat(run.out()).startsWith("remap: 30,000 rows read = ");

        try (Database db = Database.open(target.settings(), 2)) {
            var stored = db.dsl().selectFrom(REMAP_RUN).where(REMAP_RUN.JOB_EXECUTION_ID.eq(summary.executionId())).fetchOne();
            assertThat(stored.getRowsRead()).isEqualTo(30_000);
            assertThat(stored.getRowsWritten()).isEqualTo(summary.rowsWritten());
            assertThat(stored.getInputSha256()).isEqualTo(summary.input().sha256());
            assertThat(db.dsl().fetchCount(REMAP_RUN_PROVINCE, REMAP_RUN_PROVINCE.JOB_EXECUTION_ID.eq(summary.executionId())))
                    .isEqualTo(34);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void threadsAndChunksChangeNothingInTheOutput(TestDatabases.Kind kind) throws IOException {
        CliHarness.Target target = CliHarness.target(kind, temp.resolve("home"));
        Path input = temp.resolve("register.csv");
        Registers.generate(input, 30_000, 7, 5);
        byte[][] reference = null;
        for (String[] options : new String[][]{{"--threads", "1"}, {"--threads", "3"}, {"--threads", "2", "--chunk", "777"}}) {
            Path output = temp.resolve("out-" + String.join("", options) + ".csv");
            CliHarness.Result run = target.run("remap", "--input", input.toString(), "--output", output.toString(),
                    "--fail-on", "never", options[0], options[1], options.length > 2 ? options[2] : "--chunk",
                    options.length > 2 ? options[3] : "10000");
            assertThat(run.exitCode()).as(run.toString()).isZero();
            byte[][] bytes = {Files.readAllBytes(output), Files.readAllBytes(Path.of(output + ".rejects.csv"))};
            if (reference == null) {
                reference = bytes;
            } else {
                assertThat(bytes[0]).as("output with " + String.join(" ", options)).isEqualTo(reference[0]);
                assertThat(bytes[1]).as("rejects with " + String.join(" ", options)).isEqualTo(reference[1]);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aCompletedRunIsRefusedUnlessRerun(TestDatabases.Kind kind) throws IOException {
        CliHarness.Target target = CliHarness.target(kind, temp.resolve("home"));
        Path input = temp.resolve("small.csv");
        Registers.generate(input, 500, 3, 0);
        String[] command = {"remap", "--input", input.toString(), "--output", temp.resolve("small.new.csv").toString()};
        assertThat(target.run(command).exitCode()).isZero();
        CliHarness.Result again = target.run(command);
        assertThat(again.exitCode()).isEqualTo(6);
        assertThat(again.err()).contains("dvhc: error: this job already completed as execution ", "--rerun");
        String[] rerun = java.util.Arrays.copyOf(command, command.length + 1);
        rerun[command.length] = "--rerun";
        assertThat(target.run(rerun).exitCode()).isZero();
    }
}
