package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.testing.Registers;
import vn.dvhc.testing.TestDatabases;

/**
 * A home damaged on purpose says so (exit 4, the file, what to do), {@code dvhc doctor} finds the damage, and
 * {@code dvhc doctor --repair} rebuilds the database: built-in releases from the shipped files, job history and
 * an imported release carried over, new job ids after the old ones.
 */
class DoctorIT {

    @TempDir
    Path temp;

    @Test
    void anIndexThatNamesLostRowsIsReportedAndRepairedKeepingTheHistory() throws Exception {
        Path home = temp.resolve("home");
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, home);
        Path input = temp.resolve("register.csv");
        Registers.generate(input, 2_000, 5, 3);
        List<String> remap = List.of("remap", "--input", input.toString(), "--output", temp.resolve("out.csv").toString(),
                "--fail-on", "never");
        assertThat(target.run(remap.toArray(String[]::new)).exitCode()).isZero();
        assertThat(target.run("reference", "import", gsoExports().toString()).exitCode()).isZero();
        HomeServers.stop(home);

        DamagedHomes.dropFromPrimaryIndex(home, "REF_UNIT", 5);

        // A command that reads the units' rows meets the damage (a remap reads the release's snapshot: decision 0015).
        CliHarness.Result broken = target.run("reference", "verify");
        assertThat(broken.exitCode()).as(broken.toString()).isEqualTo(4);
        assertThat(broken.err()).startsWith("dvhc: error: the database of the home " + home.toAbsolutePath().normalize()
                + " is damaged (dvhc.mv.db): an index names a row that its table no longer holds")
                .contains("hint: run 'dvhc doctor --repair'");
        CliHarness.Result check = target.run("doctor");
        assertThat(check.exitCode()).as(check.toString()).isEqualTo(4);
        assertThat(check.out()).contains("DAMAGED   table REF_UNIT: index REF_UNIT_SEARCH cannot be read",
                "run 'dvhc doctor --repair'");

        String history = target.run("jobs", "list").out();
        assertThat(history).contains("remapJob            COMPLETED", "referenceImportJob  COMPLETED");

        CliHarness.Result repair = target.run("doctor", "--repair");
        assertThat(repair.exitCode()).as(repair.toString()).isZero();
        assertThat(repair.out()).contains("kept      batch_job_execution", "kept      ref_unit",
                "repaired: nothing was lost").containsPattern("kept      ref_unit +10,794 rows");
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.matches("dvhc-damaged-\\d{8}-\\d{6}\\.mv\\.db"));
        }

        CliHarness.Result healthy = target.run("doctor");
        assertThat(healthy.exitCode()).as(healthy.toString()).isZero();
        assertThat(healthy.out()).contains("store     ok", "catalog   ok", "healthy");
        assertThat(target.run("jobs", "list").out()).isEqualTo(history);
        assertThat(target.run("reference", "list").out()).contains("gso-2025-07-18");
        CliHarness.Result again = target.run(join(remap, "--rerun"));
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(target.run("jobs", "list", "--format", "json").out()).contains("\"id\" : 3");
        HomeServers.stop(home);
    }

    @Test
    void anUnreadableFileIsRebuiltAndTheLossIsSaid() throws Exception {
        Path home = temp.resolve("unreadable");
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, home);
        assertThat(target.run("-q", "reference", "list").exitCode()).isZero();
        HomeServers.stop(home);
        DamagedHomes.zeroHeaders(home);

        CliHarness.Result broken = target.run("reference", "list");
        assertThat(broken.exitCode()).as(broken.toString()).isEqualTo(4);
        assertThat(broken.err()).contains("is damaged (dvhc.mv.db)", "hint: run 'dvhc doctor --repair'");

        CliHarness.Result repair = target.run("doctor", "--repair");
        assertThat(repair.exitCode()).as(repair.toString()).isEqualTo(1);
        assertThat(repair.out()).contains("LOST      the damaged database could not be read at all",
                "job history, stored runs and imported releases could not be kept", "repaired, with losses listed above");
        CliHarness.Result verify = target.run("reference", "verify");
        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        HomeServers.stop(home);
    }

    @Test
    void aRepairWaitsForNoOneAndRefusesWhileAnotherCommandUsesTheHome() throws Exception {
        Path home = temp.resolve("busy");
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, home);
        assertThat(target.run("-q", "reference", "list").exitCode()).isZero();
        try (vn.dvhc.infra.Database inUse = vn.dvhc.infra.Database.open(target.settings(), 2)) {
            CliHarness.Result refused = target.run("doctor", "--repair");
            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(6);
            assertThat(refused.err()).contains("other dvhc commands are using the home");
            assertThat(inUse.dsl().fetchOne("select 1").get(0)).isEqualTo(1);
        }
        HomeServers.stop(home);
    }

    private Path gsoExports() throws IOException {
        Path exports = Files.createDirectories(temp.resolve("gso"));
        for (String name : List.of("gso-old-communes-2025-07-18.csv", "gso-old-districts-2025-07-18.csv")) {
            Files.copy(CliHarness.official(name), exports.resolve(name));
        }
        return exports;
    }

    private static String[] join(List<String> args, String... more) {
        return java.util.stream.Stream.concat(args.stream(), java.util.stream.Stream.of(more)).toArray(String[]::new);
    }
}
