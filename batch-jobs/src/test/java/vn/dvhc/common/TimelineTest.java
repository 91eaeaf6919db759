package vn.dvhc.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void theTableListsTheJvmStartThenEachMarkedPhaseInOrderAndTheTotal() {
        Timeline.started();
        Timeline.mark("first");
        Timeline.mark("second");
        String[] lines = Timeline.table(null).split("\n");
        assertThat(lines[0]).isEqualTo("profile (DVHC_PROFILE):");
        assertThat(lines[1]).endsWith("s  JVM start and class loading up to main");
        assertThat(lines[2]).endsWith("s  first");
        assertThat(lines[3]).endsWith("s  second");
        assertThat(lines[4]).endsWith("s  total");
        assertThat(lines).hasSize(5);
    }

    @Test
    void theLauncherTimeComesFirstWhenTheLauncherSaysWhenItStarted() {
        Timeline.started();
        Timeline.mark("only");
        long jvmStarted = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getUptime();
        // Half a second before the JVM, written as bash writes $EPOCHREALTIME in a locale with a decimal comma.
        String launched = String.format(Locale.ROOT, "%d,%06d", (jvmStarted - 500) / 1000, (jvmStarted - 500) % 1000 * 1000);
        String[] lines = Timeline.table(launched).split("\n");
        assertThat(lines[1]).matches(" {4}0\\.(49\\d|50\\d) s  launcher \\(bash\\) up to the JVM's start");
        assertThat(lines[2]).endsWith("s  JVM start and class loading up to main");
        assertThat(lines[3]).endsWith("s  only");
        assertThat(lines).hasSize(5);
    }

    @Test
    void aLaunchTimeThatIsNoTimeOrAfterTheJvmStartIsLeftOut() {
        Timeline.started();
        assertThat(Timeline.table("yesterday")).doesNotContain("launcher");
        assertThat(Timeline.table(Long.toString(System.currentTimeMillis() / 1000 + 60))).doesNotContain("launcher");
        assertThat(Timeline.table("")).doesNotContain("launcher");
    }
}
