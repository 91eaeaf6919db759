package vn.dvhc.common;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a command's time goes (issue 17): the code marks the end of each phase of a run (logging, database, schema
 * check, Spring context, catalog load, job, close), and {@code DVHC_PROFILE=1} prints the phases with their
 * durations on stderr when the command ends. One command runs per process, so the timeline is the process's: a
 * static list, cheap enough to keep marking when nobody asks (a few entries per run).
 */
public final class Timeline {

    private record Phase(String name, long nanos) {
    }

    private static final List<Phase> PHASES = new ArrayList<>();
    private static long last = System.nanoTime();
    private static Instant mainStarted;

    private Timeline() {
    }

    /** The phase that ends now. */
    public static synchronized void mark(String phase) {
        long now = System.nanoTime();
        PHASES.add(new Phase(phase, now - last));
        last = now;
    }

    /**
     * The start of {@code main}. The phase before it, the JVM's own start, is only worked out when the table is
     * asked for (from the process's start time as the operating system knows it): every start-up pays nothing for it.
     */
    public static synchronized void started() {
        PHASES.clear();
        mainStarted = Instant.now();
        last = System.nanoTime();
    }

    /** The phases as a table, with the total. */
    public static synchronized String table() {
        StringBuilder text = new StringBuilder("profile (DVHC_PROFILE):\n");
        long total = 0;
        if (mainStarted != null) {
            long beforeMain = ProcessHandle.current().info().startInstant()
                    .map(start -> Duration.between(start, mainStarted).toNanos()).orElse(0L);
            text.append(line(beforeMain, "JVM start and class loading up to main"));
            total += beforeMain;
        }
        for (Phase phase : PHASES) {
            text.append(line(phase.nanos(), phase.name()));
            total += phase.nanos();
        }
        return text.append(line(total, "total")).toString();
    }

    private static String line(long nanos, String what) {
        return String.format(Locale.ROOT, "  %7.3f s  %s%n", nanos / 1e9, what);
    }
}
