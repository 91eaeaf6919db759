package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.dvhc.infra.Database;
import vn.dvhc.remap.RemapJob;
import vn.dvhc.testing.TestDatabases;

/**
 * What a kill between two of Spring Batch's transactions leaves in the job repository, found by KillStressIT and
 * scripts/stress, made here after a completed remap; the same command then completes with the same bytes. And what
 * the same command says when it meets such a window in a process that still lives.
 */
class KillWindowsIT {

    @TempDir
    Path temp;

    /**
     * Spring Batch writes a job instance and its first execution in two transactions. A command killed between them
     * ("Cannot find any job execution for job instance") left an instance that every later run of the same command
     * refused as an internal error. The same command now starts it anew.
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theSameCommandStartsAnInstanceLeftWithoutExecution(TestDatabases.Kind kind) throws IOException {
        Completed remap = Completed.run(kind, temp);
        try (Database db = Database.open(remap.target.settings(), 2)) {
            for (String table : new String[]{"BATCH_STEP_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
                    "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION"}) {
                db.dsl().execute("delete from " + table);
            }
            assertThat(db.dsl().fetchValue("select count(*) from BATCH_JOB_INSTANCE")).isEqualTo(1L);
        }
        remap.runAgainToTheSameBytes();
        CliHarness.Result list = remap.target.run("jobs", "list");
        assertThat(list.out()).contains("remapJob", "COMPLETED");
    }

    /**
     * Spring Batch makes a partition's step execution and saves its context in two transactions. A remap killed
     * between them, with the home's server (scripts/stress, seed 1796647958077268421), left a partition without its
     * byte range, and every later run of the same command failed on it. The same command now completes it.
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theSameCommandCompletesAPartitionLeftWithoutItsContext(TestDatabases.Kind kind) throws IOException {
        Completed remap = Completed.run(kind, temp);
        // A failed run whose partition was made with a context that holds no byte range; no merge, no output.
        try (Database db = Database.open(remap.target.settings(), 2)) {
            String merge = "(select STEP_EXECUTION_ID from BATCH_STEP_EXECUTION where STEP_NAME = '"
                    + RemapJob.MERGE_STEP + "')";
            db.dsl().execute("delete from BATCH_STEP_EXECUTION_CONTEXT where STEP_EXECUTION_ID in " + merge);
            db.dsl().execute("delete from BATCH_STEP_EXECUTION where STEP_NAME = '" + RemapJob.MERGE_STEP + "'");
            String partition = "(select STEP_EXECUTION_ID from BATCH_STEP_EXECUTION where STEP_NAME like '"
                    + RemapJob.WORKER_STEP + ":%')";
            int emptied = db.dsl().execute("update BATCH_STEP_EXECUTION_CONTEXT set SERIALIZED_CONTEXT = null, "
                    + "SHORT_CONTEXT = (select c.SHORT_CONTEXT from BATCH_STEP_EXECUTION_CONTEXT c join "
                    + "BATCH_STEP_EXECUTION s on s.STEP_EXECUTION_ID = c.STEP_EXECUTION_ID where s.STEP_NAME = '"
                    + RemapJob.PREPARE_STEP + "') where STEP_EXECUTION_ID in " + partition);
            assertThat(emptied).isEqualTo(1);
            db.dsl().execute("update BATCH_STEP_EXECUTION set STATUS = 'STARTING', EXIT_CODE = 'EXECUTING', "
                    + "END_TIME = null, READ_COUNT = 0, WRITE_COUNT = 0, COMMIT_COUNT = 0 where STEP_EXECUTION_ID in "
                    + partition);
            db.dsl().execute("update BATCH_STEP_EXECUTION set STATUS = 'STARTED', EXIT_CODE = 'EXECUTING', "
                    + "END_TIME = null where STEP_NAME = '" + RemapJob.REMAP_STEP + "'");
            db.dsl().execute("update BATCH_JOB_EXECUTION set STATUS = 'FAILED', EXIT_CODE = 'FAILED'");
            db.dsl().execute("delete from REMAP_RUN_PROVINCE");
            db.dsl().execute("delete from REMAP_RUN");
        }
        remap.runAgainToTheSameBytes();
    }

    /**
     * Between making its execution and starting its job, a command's execution has no start time. The same command
     * run in that window is refused (exit 6) saying when the execution was made; it said "started ?".
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theSameCommandWhileTheFirstIsStartingIsRefusedWithWhenItsExecutionWasMade(TestDatabases.Kind kind)
            throws IOException {
        Completed remap = Completed.run(kind, temp);
        long id;
        String created;
        try (Database db = Database.open(remap.target.settings(), 2)) {
            // The run above was this test's process: its execution is owned by a live process.
            db.dsl().execute("update BATCH_JOB_EXECUTION set STATUS = 'STARTING', EXIT_CODE = 'UNKNOWN', "
                    + "START_TIME = null, END_TIME = null");
            id = db.dsl().fetchOne("select max(JOB_EXECUTION_ID) from BATCH_JOB_EXECUTION").get(0, Long.class);
            created = "created " + db.dsl().fetchOne("select CREATE_TIME from BATCH_JOB_EXECUTION where "
                    + "JOB_EXECUTION_ID = " + id).get(0, LocalDateTime.class).format(DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd HH:mm:ss")) + ", not started yet)\n";
        }
        CliHarness.Result running = remap.target.run(remap.command);
        assertThat(running.exitCode()).as(running.toString()).isEqualTo(6);
        assertThat(running.err()).startsWith("dvhc: error: the same job is running as execution " + id + " (pid "
                + ProcessHandle.current().pid() + " on ")
                .endsWith(created + "  hint: wait for it to finish, or stop it with 'dvhc jobs stop " + id + "'\n");

        try (Database db = Database.open(remap.target.settings(), 2)) {
            db.dsl().execute("delete from BATCH_JOB_EXECUTION_PARAMS where PARAMETER_NAME like 'dvhc.owner.%'");
            db.dsl().execute("delete from BATCH_JOB_EXECUTION_CONTEXT");
        }
        CliHarness.Result unknown = remap.target.run(remap.command);
        assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(6);
        assertThat(unknown.err()).startsWith("dvhc: error: execution " + id + " of the same job is marked running by "
                + "an unknown process (" + created);
    }

    /**
     * Killed together with the home's server after the merge step committed, the database can lose the job's later
     * commits (docs/operations.md): the execution FAILED, its context gone, every step COMPLETED. The same command
     * completes at once, with the summary the merge step kept; it failed with a NullPointerException (KillStressIT,
     * seed 1796680540887082208).
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRunThatLostItsSummaryAfterItsLastStepCompletesWithTheStepsCopy(TestDatabases.Kind kind) throws IOException {
        Completed remap = Completed.run(kind, temp);
        try (Database db = Database.open(remap.target.settings(), 2)) {
            db.dsl().execute("update BATCH_JOB_EXECUTION set STATUS = 'FAILED', EXIT_CODE = 'FAILED'");
            db.dsl().execute("delete from BATCH_JOB_EXECUTION_CONTEXT");
        }
        CliHarness.Result again = remap.target.run(remap.command);
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("rows read =", "written +");
        assertThat(again.err()).contains("the run's remap.summary comes from its step remapJob.merge");
        assertThat(Files.readAllBytes(remap.output)).isEqualTo(remap.expected);
        assertThat(Files.readAllBytes(remap.rejects)).isEqualTo(remap.expectedRejects);
    }

    /**
     * The same power loss earlier: the prepare step completed and the job lost its context, so the restart skips the
     * step that left the input's layout there. The partitioner takes the step's own copy (JobKeys); before, it read
     * none and the restart failed with an internal error.
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRunThatLostTheLayoutItsPrepareStepLeftCompletesWithTheStepsCopy(TestDatabases.Kind kind) throws IOException {
        Completed remap = Completed.run(kind, temp);
        String later = "(select STEP_EXECUTION_ID from BATCH_STEP_EXECUTION where STEP_NAME <> '"
                + RemapJob.PREPARE_STEP + "')";
        try (Database db = Database.open(remap.target.settings(), 2)) {
            // All that the commits after the prepare step's completion made: the job's context, the later steps, the
            // run's record and its files.
            db.dsl().execute("update BATCH_JOB_EXECUTION set STATUS = 'FAILED', EXIT_CODE = 'FAILED', END_TIME = null");
            db.dsl().execute("delete from BATCH_JOB_EXECUTION_CONTEXT");
            db.dsl().execute("delete from BATCH_STEP_EXECUTION_CONTEXT where STEP_EXECUTION_ID in " + later);
            db.dsl().execute("delete from BATCH_STEP_EXECUTION where STEP_EXECUTION_ID in " + later);
            db.dsl().execute("delete from remap_run");
        }
        Files.delete(remap.output);
        Files.delete(remap.rejects);
        CliHarness.Result again = remap.target.run(remap.command);
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.err()).contains("the run's remap.layout comes from its step remapJob.prepare");
        assertThat(Files.readAllBytes(remap.output)).isEqualTo(remap.expected);
        assertThat(Files.readAllBytes(remap.rejects)).isEqualTo(remap.expectedRejects);
    }

    // A remap of the sample register run to its end, with the bytes it wrote.
    private record Completed(CliHarness.Target target, String[] command, Path output, Path rejects, byte[] expected,
                             byte[] expectedRejects) {

        static Completed run(TestDatabases.Kind kind, Path temp) throws IOException {
            CliHarness.Target target = CliHarness.target(kind, temp.resolve("home"));
            Path input = CliHarness.projectRoot().resolve("sample-data/remap/ho-khau-trich-xuat.csv");
            Path output = temp.resolve("ho-khau.new.csv");
            Path rejects = Path.of(output + ".rejects.csv");
            String[] command = {"remap", "--input", input.toString(), "--output", output.toString(), "--fail-on",
                    "never"};
            CliHarness.Result first = target.run(command);
            assertThat(first.exitCode()).as(first.toString()).isZero();
            return new Completed(target, command, output, rejects, Files.readAllBytes(output),
                    Files.readAllBytes(rejects));
        }

        // The kill left no output: the same command makes the same bytes.
        void runAgainToTheSameBytes() throws IOException {
            Files.delete(output);
            Files.delete(rejects);
            CliHarness.Result again = target.run(command);
            assertThat(again.exitCode()).as(again.toString()).isZero();
            assertThat(again.err()).doesNotContain("error");
            assertThat(output).hasBinaryContent(expected);
            assertThat(rejects).hasBinaryContent(expectedRejects);
        }
    }
}
