package vn.dvhc.cli.run;

import java.io.PrintWriter;

import org.apache.logging.log4j.LogManager;
import sun.misc.Signal;

/**
 * What Ctrl-C (SIGINT) does. With a job running, the first one asks the job to stop at its next commit, as
 * {@code dvhc jobs stop} would: the execution ends STOPPED, the database connection and the part files are closed in
 * order, the output never appears under its name, and the command exits 130 (the same command resumes it). A
 * second Ctrl-C, or one while no job runs, quits at once; a job left running is then recovered by the next run, as
 * after a kill -9 ({@link SpringJobRunner}).
 */
public final class Interruption {

    /** Printed when the command ends because of Ctrl-C. */
    public static final String MESSAGE = "interrupted; run the same command to resume";

    /** Asks a running job to stop at its next commit. */
    public interface Stoppable {
        void stop();
    }

    /** Ctrl-C is never delivered: commands run inside another program (tests), whose Ctrl-C is not theirs. */
    public static final Interruption NONE = new Interruption(null, () -> { });

    private final PrintWriter err;
    private final Runnable quit;
    private Stoppable job;
    private boolean requested;

    /**
     * @param err  where the notices go
     * @param quit ends the process at once, exit 130 (only {@code Dvhc.main} exits the process)
     */
    public Interruption(PrintWriter err, Runnable quit) {
        this.err = err;
        this.quit = quit;
    }

    /**
     * Routes SIGINT here. Nothing happens where the JVM does not own the signal (started with it ignored, as
     * {@code nohup} and background jobs of a script are: Ctrl-C was then not meant for dvhc; or {@code -Xrs}).
     */
    public Interruption onCtrlC() {
        try {
            Signal.handle(new Signal("INT"), signal -> interrupt());
        } catch (IllegalArgumentException e) {
            // The JVM keeps SIGINT for itself (-Xrs) or the platform has none: its default behaviour stays.
            LogManager.getLogger(Interruption.class).debug("Ctrl-C keeps the JVM's behaviour: {}", e.getMessage());
        }
        return this;
    }

    /** Ctrl-C: stop the running job at its next commit, or quit at once. */
    public void interrupt() {
        Stoppable stoppable;
        boolean first;
        synchronized (this) {
            stoppable = job;
            first = job != null && !requested;
            requested = requested || first;
        }
        if (!first) {
            err.println("dvhc: " + (stoppable == null ? "interrupted" : MESSAGE));
            err.flush();
            quit.run();
            return;
        }
        err.println("dvhc: stopping at the next commit (Ctrl-C again to quit at once) …");
        err.flush();
        try {
            stoppable.stop();
        } catch (RuntimeException e) {
            // The stop could not be recorded (the database is gone): quit now; the next run recovers the job.
            LogManager.getLogger(Interruption.class).warn("cannot ask the job to stop: {}", e.getMessage());
            err.println("dvhc: " + MESSAGE);
            err.flush();
            quit.run();
        }
    }

    /** Whether Ctrl-C asked the running job to stop. */
    public synchronized boolean requested() {
        return requested;
    }

    /** While the returned scope is open, Ctrl-C stops this job instead of quitting. */
    public synchronized Scope running(Stoppable stoppable) {
        job = stoppable;
        requested = false;
        return () -> {
            synchronized (Interruption.this) {
                job = null;
            }
        };
    }

    /** The time a job runs. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
