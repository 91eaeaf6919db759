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

    /** A phase that ended {@code nanos} after the previous one. */
    public record Phase(String name, long nanos) {
    }

    private static final List<Phase> PHASES = new ArrayList<>();
    private static long last = System.nanoTime();

    private Timeline() {
    }

    /** The phase that ends now. */
    public static synchronized void mark(String phase) {
        long now = System.nanoTime();
        PHASES.add(new Phase(phase, now - last));
        last = now;
    }

    /**
     * The start of {@code main}: the phase before it is the JVM's own start (from the process's start time, as the
     * operating system knows it, to the first line of dvhc).
     */
    public static synchronized void started() {
        long now = System.nanoTime();
        long sinceProcess = ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toNanos()).orElse(0L);
        PHASES.clear();
        PHASES.add(new Phase("JVM start and class loading up to main", sinceProcess));
        last = now;
    }

    public static synchronized List<Phase> phases() {
        return List.copyOf(PHASES);
    }

    /** The phases as a table, with the total. */
    public static synchronized String table() {
        StringBuilder text = new StringBuilder("profile (DVHC_PROFILE):\n");
        long total = 0;
        for (Phase phase : PHASES) {
            text.append(String.format(Locale.ROOT, "  %7.3f s  %s%n", phase.nanos() / 1e9, phase.name()));
            total += phase.nanos();
        }
        return text.append(String.format(Locale.ROOT, "  %7.3f s  total%n", total / 1e9)).toString();
    }
}
