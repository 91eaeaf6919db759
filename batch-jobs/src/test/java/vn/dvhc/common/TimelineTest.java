package vn.dvhc.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void theTableListsTheJvmStartThenEachMarkedPhaseInOrderAndTheTotal() {
        Timeline.started();
        Timeline.mark("first");
        Timeline.mark("second");
        String[] lines = Timeline.table().split("\n");
        assertThat(lines[0]).isEqualTo("profile (DVHC_PROFILE):");
        assertThat(lines[1]).endsWith("s  JVM start and class loading up to main");
        assertThat(lines[2]).endsWith("s  first");
        assertThat(lines[3]).endsWith("s  second");
        assertThat(lines[4]).endsWith("s  total");
        assertThat(lines).hasSize(5);
    }
}
