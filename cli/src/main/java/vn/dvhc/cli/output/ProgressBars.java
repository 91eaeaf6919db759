package vn.dvhc.cli.output;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import vn.dvhc.common.ProgressSink;

/**
 * A progress bar on the terminal's stderr for a job that reads a file: the bar follows the bytes read (so the
 * ETA holds for any row length), the text beside it the rows and rows per second. Only on a terminal, never with
 * {@code --no-progress} or {@code -q}.
 */
public final class ProgressBars implements ProgressSink, AutoCloseable {

    private final ProgressBar bar;
    private final AtomicLong rows = new AtomicLong();
    /** Rows per second count from the first rows read, not from the start-up of the job. */
    private volatile long started;

    private ProgressBars(String task, long totalBytes, long alreadyDone, PrintStream terminal) {
        this.bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(totalBytes)
                .setUnit(" MB", 1_000_000)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(terminal))
                .startsFrom(alreadyDone, Duration.ZERO)
                .build();
    }

    public static ProgressBars onTerminal(String task, long totalBytes) {
        return new ProgressBars(task, totalBytes, 0, System.err);
    }

    @Override
    public void advance(long bytes, long newRows) {
        if (started == 0) {
            started = System.nanoTime();
        }
        bar.stepBy(bytes);
        long done = rows.addAndGet(newRows);
        double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
        bar.setExtraMessage(Numbers.format(done) + " rows, " + Numbers.format((long) (done / seconds)) + " rows/s");
    }

    @Override
    public void close() {
        bar.close();
    }
}
