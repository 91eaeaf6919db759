package vn.dvhc.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void theTableListsTheJvmStartThenEachMarkedPhaseInOrderAndTheTotal() {
        Timeline.started();
        Timeline.mark("first");
        Timeline.mark("second");
        assertPhases(Timeline.table(null), "JVM start and class loading up to main", "first", "second", "total");
    }

    @Test
    void theLauncherTimeComesFirstWhenTheLauncherSaysWhenItStarted() {
        Timeline.started();
        Timeline.mark("only");
        long jvmStarted = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getUptime();
        // Half a second before the JVM, written as bash writes $EPOCHREALTIME in a locale with a decimal comma.
        String launched = String.format(Locale.ROOT, "%d,%06d", (jvmStarted - 500) / 1000, (jvmStarted - 500) % 1000 * 1000);
        String table = Timeline.table(launched);
        assertPhases(table, "launcher (bash) up to the JVM's start", "JVM start and class loading up to main", "only",
                "total");
        assertThat(table.split("\n")[1]).matches(" {4}0\\.(49\\d|50\\d) s  .*");
    }

    @Test
    void aLaunchTimeThatIsNoTimeOrAfterTheJvmStartIsLeftOut() {
        Timeline.started();
        assertThat(Timeline.table("yesterday")).doesNotContain("launcher");
        assertThat(Timeline.table(Long.toString(System.currentTimeMillis() / 1000 + 60))).doesNotContain("launcher");
        assertThat(Timeline.table("")).doesNotContain("launcher");
    }

    @Test
    void aCommandTakenOverByAWarmProcessCountsTheClientsLauncherJvmAndHandOver() {
        Instant now = Instant.now();
        Instant clientJvm = now.minusMillis(400);
        Instant clientMain = now.minusMillis(170);
        String launched = String.format(Locale.ROOT, "%d.%06d", (clientJvm.toEpochMilli() - 50) / 1000,
                (clientJvm.toEpochMilli() - 50) % 1000 * 1000);
        Timeline.handedOver(clientJvm, clientMain);
        Timeline.mark("the command");
        String table = Timeline.table(launched);
        assertPhases(table, "launcher (bash) up to the JVM's start", "JVM start and class loading up to main",
                "client up to the warm process", "the command", "total");
        assertThat(table.split("\n")[1]).matches(" {4}0\\.05\\d s  .*");
        assertThat(table.split("\n")[2]).matches(" {4}0\\.230 s  .*");
        assertThat(table.split("\n")[3]).matches(" {4}0\\.(1[7-9]\\d|[2-9]\\d\\d) s  .*");

        Timeline.started();
        assertThat(Timeline.table(null)).as("the next command in its own JVM").doesNotContain("client");
    }

    // The table's lines after its title, each a duration in seconds and then the phase's name.
    private static void assertPhases(String table, String... phases) {
        String[] lines = table.split("\n");
        assertThat(lines[0]).isEqualTo("profile (DVHC_PROFILE):");
        assertThat(Arrays.copyOfRange(lines, 1, lines.length)).hasSize(phases.length)
                .allMatch(line -> line.matches(" +\\d+\\.\\d{3} s  .+"));
        assertThat(Arrays.stream(lines).skip(1).map(line -> line.substring(line.indexOf(" s  ") + 4)))
                .containsExactly(phases);
    }
}
