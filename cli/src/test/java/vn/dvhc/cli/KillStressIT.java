package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill stress test of issue 21 on the embedded database: remaps on a new and on a warm home, a reference
 * import and an agency validation, each killed (kill -9) at random points of its life, alone or together with
 * the home's database server, then run again. A few dozen kills here; hundreds with {@code scripts/stress}.
 * {@code -Ddvhc.stress.seed=N} replays a run (the seed is printed); {@code -Ddvhc.stress.trials=N} sets the count;
 * {@code -Ddvhc.stress.scenarios=REMAP_WARM_PROCESS,…} kills only in those scenarios.
 */
@Tag("slow")
class KillStressIT {

    @TempDir
    Path work;

    @Test
    void everyKilledCommandCompletesToTheResultOfAnUninterruptedRun() throws Exception {
        long seed = Long.getLong("dvhc.stress.seed", System.nanoTime());
        int count = Integer.getInteger("dvhc.stress.trials", 16);
        List<KillStress.Scenario> scenarios = scenarios(System.getProperty("dvhc.stress.scenarios", ""));
        System.out.println("kill stress: seed " + seed + ", " + count + " trials of " + scenarios
                + " (replay: -Ddvhc.stress.seed=" + seed + ")");
        KillStress stress = new KillStress(work);
        List<KillStress.Trial> trials = stress.plan(seed, count, scenarios);
        List<KillStress.Failure> failures = new ArrayList<>();
        try {
            for (KillStress.Trial trial : trials) {
                KillStress.Failure failure = stress.run(trial);
                System.out.println("kill stress: " + trial + (failure == null ? ": survived" : ": FAILED"));
                if (failure != null) {
                    failures.add(failure);
                }
            }
        } finally {
            stress.finish();
        }
        long powerLosses = trials.stream().filter(KillStress.Trial::powerLoss).count();
        String only = scenarios.size() == KillStress.Scenario.values().length ? "" : " of " + scenarios;
        String summary = "seed " + seed + ": " + trials.size() + " kills" + only + " (" + powerLosses + " with the server), "
                + (trials.size() - failures.size()) + " survived";
        System.out.println("kill stress: " + summary);
        Path report = Path.of("target", "kill-stress.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary + System.lineSeparator(), StandardCharsets.UTF_8);
        assertThat(failures).as(summary).isEmpty();
    }

    /** All scenarios, or the comma-separated names given. */
    private static List<KillStress.Scenario> scenarios(String names) {
        return names.isBlank() ? List.of(KillStress.Scenario.values())
                : Arrays.stream(names.split(",")).map(String::strip).map(KillStress.Scenario::valueOf).toList();
    }
}
