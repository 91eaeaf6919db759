package vn.dvhc.common;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    /** Whether the command was handed to a warm process that was running before it (decision 0018). */
    private static boolean handedOver;

    private Timeline() {
    }

    /** The phase that ends now. */
    public static synchronized void mark(String phase) {
        long now = System.nanoTime();
        PHASES.add(new Phase(phase, now - last));
        last = now;
    }

    /**
     * The start of {@code main}. The phases before it are only worked out when the table is asked for: every start-up
     * pays nothing for them.
     */
    public static synchronized void started() {
        PHASES.clear();
        mainStarted = Instant.now();
        last = System.nanoTime();
        handedOver = false;
    }

    /**
     * The start of a command that a warm process took over (decision 0018): its JVM started before the command, so
     * the table's first line is the launcher's and the client's time up to now.
     */
    public static synchronized void handedOver() {
        started();
        handedOver = true;
    }

    /**
     * The phases as a table, with the total.
     *
     * @param launched when the launcher started, as bash's {@code $EPOCHREALTIME} (seconds since the epoch with a
     *                 fraction: the launchers pass it as {@code DVHC_LAUNCHED}), or null: then the table starts at
     *                 the JVM's start
     */
    public static synchronized String table(String launched) {
        StringBuilder text = new StringBuilder("profile (DVHC_PROFILE):\n");
        long total = 0;
        Instant launcherStarted = parse(launched);
        if (mainStarted != null && handedOver) {
            long before = launcherStarted == null ? 0 : Math.max(0, Duration.between(launcherStarted, mainStarted).toNanos());
            text.append(line(before, "launcher and client up to the warm process"));
            total += before;
        } else if (mainStarted != null) {
            // From the JVM's uptime, counted from the first steps of its start, in milliseconds. Not the process's
            // start time as the operating system gives it (on Linux counted from the boot time, which /proc gives to
            // the second only), nor RuntimeMXBean's start time (the end of the JVM's initialisation).
            Instant jvmStarted = Instant.now().minusMillis(ManagementFactory.getRuntimeMXBean().getUptime());
            if (launcherStarted != null && launcherStarted.isBefore(jvmStarted)) {
                long launcher = Duration.between(launcherStarted, jvmStarted).toNanos();
                text.append(line(launcher, "launcher (bash) up to the JVM's start"));
                total += launcher;
            }
            long beforeMain = Math.max(0, Duration.between(jvmStarted, mainStarted).toNanos());
            text.append(line(beforeMain, "JVM start and class loading up to main"));
            total += beforeMain;
        }
        for (Phase phase : PHASES) {
            text.append(line(phase.nanos(), phase.name()));
            total += phase.nanos();
        }
        return text.append(line(total, "total")).toString();
    }

    private static Instant parse(String epochSeconds) {
        if (epochSeconds == null || !epochSeconds.matches("\\d{1,12}([.,]\\d{1,9})?")) {
            return null;
        }
        BigDecimal micros = new BigDecimal(epochSeconds.replace(',', '.')).movePointRight(6);
        return Instant.EPOCH.plus(micros.longValue(), ChronoUnit.MICROS);
    }

    private static String line(long nanos, String what) {
        return String.format(Locale.ROOT, "  %7.3f s  %s%n", nanos / 1e9, what);
    }
}
