package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.dvhc.infra.Database;
import vn.dvhc.testing.TestDatabases;

/**
 * Spring Batch writes a job instance and its first execution in two transactions. A command killed between them
 * (found by KillStressIT: "Cannot find any job execution for job instance") left an instance that every later run
 * of the same command refused as an internal error. The same command now starts it anew.
 */
class JobInstanceWithoutExecutionIT {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theSameCommandStartsAnInstanceLeftWithoutExecution(TestDatabases.Kind kind) throws IOException {
        CliHarness.Target target = CliHarness.target(kind, temp.resolve("home"));
        Path input = CliHarness.projectRoot().resolve("sample-data/remap/ho-khau-trich-xuat.csv");
        Path output = temp.resolve("ho-khau.new.csv");
        Path rejects = Path.of(output + ".rejects.csv");
        String[] remap = {"remap", "--input", input.toString(), "--output", output.toString(), "--fail-on", "never"};
        CliHarness.Result first = target.run(remap);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        byte[] expected = Files.readAllBytes(output);

        // What the kill leaves: the instance row, no execution under it, no output.
        try (Database db = Database.open(target.settings(), 2)) {
            for (String table : new String[]{"BATCH_STEP_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
                    "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION"}) {
                db.dsl().execute("delete from " + table);
            }
            assertThat(db.dsl().fetchValue("select count(*) from BATCH_JOB_INSTANCE")).isEqualTo(1L);
        }
        Files.delete(output);
        Files.delete(rejects);

        CliHarness.Result again = target.run(remap);
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.err()).doesNotContain("internal error");
        assertThat(output).hasBinaryContent(expected);
        CliHarness.Result list = target.run("jobs", "list");
        assertThat(list.out()).contains("remapJob", "COMPLETED");
    }
}
