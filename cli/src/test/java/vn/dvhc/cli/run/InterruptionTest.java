package vn.dvhc.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** What each Ctrl-C does, without a signal: the first stops a running job, a second (or one with no job) quits. */
class InterruptionTest {

    private final StringWriter err = new StringWriter();
    private final AtomicInteger quits = new AtomicInteger();
    private final AtomicInteger stops = new AtomicInteger();
    private final Interruption interruption = new Interruption(new PrintWriter(err, true), quits::incrementAndGet);

    @Test
    void withoutAJobCtrlCQuitsAtOnce() {
        interruption.interrupt();
        assertThat(quits).hasValue(1);
        assertThat(err).hasToString("dvhc: interrupted" + System.lineSeparator());
    }

    @Test
    void theFirstCtrlCStopsTheJobTheSecondQuits() {
        try (Interruption.Scope running = interruption.running(stops::incrementAndGet)) {
            interruption.interrupt();
            assertThat(stops).hasValue(1);
            assertThat(quits).hasValue(0);
            assertThat(interruption.requested()).isTrue();
            assertThat(err.toString()).startsWith("dvhc: stopping at the next commit (Ctrl-C again to quit at once)");
            interruption.interrupt();
            assertThat(stops).hasValue(1);
            assertThat(quits).hasValue(1);
            assertThat(err.toString()).endsWith("dvhc: interrupted; run the same command to resume" + System.lineSeparator());
        }
        try (Interruption.Scope next = interruption.running(stops::incrementAndGet)) {
            assertThat(interruption.requested()).as("a new job starts unasked").isFalse();
        }
    }

    @Test
    void aStopThatCannotBeRecordedQuits() {
        try (Interruption.Scope running = interruption.running(() -> {
            throw new IllegalStateException("the database is gone");
        })) {
            interruption.interrupt();
        }
        assertThat(quits).hasValue(1);
        assertThat(err.toString()).endsWith("dvhc: interrupted; run the same command to resume" + System.lineSeparator());
    }
}
