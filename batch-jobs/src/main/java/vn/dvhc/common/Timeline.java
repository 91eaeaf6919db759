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
 * durations on stderr when the command ends. One command runs at a time in a process, so the timeline is the
 * process's: a static list, cheap enough to keep marking when nobody asks (a few entries per run).
 */
public final class Timeline {

    private record Phase(String name, long nanos) {
    }

    private static final List<Phase> PHASES = new ArrayList<>();
    private static long last = System.nanoTime();
    private static Instant mainStarted;
    /** The JVM's start, when it is not this JVM's: a client's, whose command a warm process took (decision 0018). */
    private static Instant jvmStarted;
    /** When a warm process took the command over from its client, or null. */
    private static Instant handedOver;

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
        jvmStarted = null;
        handedOver = null;
    }

    /** This JVM's start and its {@code main}'s, for a warm process that takes over the command (decision 0018). */
    public static synchronized List<Instant> starts() {
        return List.of(jvmStart(), mainStarted);
    }

    /**
     * The start of a command that a warm process took over from a client (decision 0018), with the client's
     * {@link #starts()}, or nulls when the client did not profile: the table then counts the launcher and the client
     * as the command's own JVM would, and adds the hand-over.
     */
    public static synchronized void handedOver(Instant clientJvmStarted, Instant clientMainStarted) {
        started();
        handedOver = mainStarted;
        jvmStarted = clientJvmStarted == null ? handedOver : clientJvmStarted;
        mainStarted = clientMainStarted == null ? handedOver : clientMainStarted;
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
        if (mainStarted != null) {
            Instant jvm = jvmStart();
            Instant launcherStarted = parse(launched);
            if (launcherStarted != null && launcherStarted.isBefore(jvm)) {
                long launcher = Duration.between(launcherStarted, jvm).toNanos();
                text.append(line(launcher, "launcher (bash) up to the JVM's start"));
                total += launcher;
            }
            long beforeMain = Math.max(0, Duration.between(jvm, mainStarted).toNanos());
            text.append(line(beforeMain, "JVM start and class loading up to main"));
            total += beforeMain;
            if (handedOver != null) {
                long client = Math.max(0, Duration.between(mainStarted, handedOver).toNanos());
                text.append(line(client, "client up to the warm process"));
                total += client;
            }
        }
        for (Phase phase : PHASES) {
            text.append(line(phase.nanos(), phase.name()));
            total += phase.nanos();
        }
        return text.append(line(total, "total")).toString();
    }

    // From the JVM's uptime, counted from the first steps of its start, in milliseconds. Not the process's start time
    // as the operating system gives it (on Linux counted from the boot time, which /proc gives to the second only),
    // nor RuntimeMXBean's start time (the end of the JVM's initialisation).
    private static Instant jvmStart() {
        return jvmStarted != null ? jvmStarted
                : Instant.now().minusMillis(ManagementFactory.getRuntimeMXBean().getUptime());
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
