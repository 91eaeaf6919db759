package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.testing.TestDatabases;

/** The README's first command works on a fresh home, and again. */
class DemoIT {

    @TempDir
    Path temp;

    @Test
    void remapsTheSamplesOnAFreshHomeAndAgain() {
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, temp.resolve("home"));
        String samples = CliHarness.projectRoot().resolve("sample-data").toString();
        for (int run = 0; run < 2; run++) {
            CliHarness.Result result = target.run("demo", "--samples", samples);
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).contains(
                    "remap: 22 rows read = 18 written + 4 rejected",
                    "remap: 12 rows read = 11 written + 1 rejected",
                    "12 Hàm Nghi, Phường Bến Nghé\",79,760,26740,,79,Thành phố Hồ Chí Minh,26740,Phường Sài Gòn,Phường,MAPPED,26740",
                    "21,MALFORMED_CODE,",
                    "→ SPLIT into 3 units of 2026-04-30");
        }
    }
}
