package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.infra.Database;
import vn.dvhc.testing.TestDatabases;

/**
 * On PostgreSQL too a kill -9 leaves no half-written catalog or job state: an import killed while it writes the
 * release leaves no row of it, and the same command then completes.
 */
@Tag("slow")
class PostgresKillIT {

    @TempDir
    Path temp;

    @Test
    void anImportKilledWhileWritingLeavesNothingAndCompletesWhenRunAgain() throws Exception {
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.POSTGRESQL, temp.resolve("home"));
        Path exports = Files.createDirectories(temp.resolve("gso"));
        for (String name : List.of("gso-old-communes-2025-07-18.csv", "gso-old-districts-2025-07-18.csv")) {
            Files.copy(CliHarness.official(name), exports.resolve(name));
        }
        List<String> args = List.of("reference", "import", exports.toString());
        assertThat(target.run("-q", "reference", "list").exitCode()).isZero();

        try (ChildDvhc child = ChildDvhc.startKilledAt(target, temp.resolve("child.out"), args,
                "writing release gso-2025-07-18", 1)) {
            assertThat(child.awaitLine("writing release gso-2025-07-18", 1)).as(child.log()).isTrue();
            child.awaitEnd();
        }
        try (Database db = Database.open(target.settings(), 2)) {
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("ref_release").where("id = 'gso-2025-07-18'"))).isZero();
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("ref_unit").where("release_id = 'gso-2025-07-18'"))).isZero();
        }

        CliHarness.Result again = target.run(args.toArray(String[]::new));
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).startsWith("gso-2025-07-18: imported — 63 provinces, 696 districts, 10,035 communes");
        assertThat(target.run("reference", "verify").exitCode()).isZero();
        assertThat(target.run("jobs", "list").out()).contains("referenceImportJob", "COMPLETED");
    }
}
