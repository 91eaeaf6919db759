package vn.dvhc.cli.run;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.function.Function;

import vn.dvhc.cli.option.GlobalOptions;
import vn.dvhc.common.EnvironmentVariables;
import vn.dvhc.infra.Database;

/**
 * What a command works with, handed to it by the command factory: the global options, the output streams, the
 * database (opened on first use and closed when the command ends) and the job runner. Tests give it a database and
 * a job runner of their own.
 */
public final class CliContext implements AutoCloseable {

    /** Connections: enough for a job's steps and partitions plus the job repository. */
    private static final int POOL_SIZE = 10;

    private final GlobalOptions global;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Function<String[], Integer> commandLine;
    private Database database;
    private boolean ownsDatabase = true;
    private JobRunner jobRunner;
    private Interruption interruption = Interruption.NONE;
    private InputStream in = InputStream.nullInputStream();

    /** @param commandLine runs another command line of this program with the same streams (for the demo) */
    public CliContext(GlobalOptions global, PrintWriter out, PrintWriter err, Function<String[], Integer> commandLine) {
        this.global = global;
        this.out = out;
        this.err = err;
        this.commandLine = commandLine;
    }

    public GlobalOptions global() {
        return global;
    }

    /** Standard output: the result, and nothing else. */
    public PrintWriter out() {
        return out;
    }

    /** Standard input ({@code reference lookup -}); empty unless {@code Dvhc.main} or a test gives one. */
    public InputStream in() {
        return in;
    }

    /** What {@link #in()} reads. */
    public void in(InputStream value) {
        this.in = value;
    }

    /** Standard error: progress, summaries of what was done, warnings. */
    public PrintWriter err() {
        return err;
    }

    public Database database() {
        if (database == null) {
            database = Database.open(global.database(), POOL_SIZE);
            if (database.createdHome() && !global.quiet()) {
                err.println("dvhc: created a new home in " + global.home().toAbsolutePath().normalize()
                        + " (database and logs); --home or DVHC_HOME chooses another");
                err.flush();
            }
        }
        return database;
    }

    /** Uses a database opened elsewhere (tests); it stays open when the command ends. */
    public void database(Database shared) {
        this.database = shared;
        this.ownsDatabase = false;
    }

    public JobRunner jobRunner() {
        if (jobRunner == null) {
            jobRunner = new SpringJobRunner(this::database, interruption,
                    () -> new EnvironmentVariables(global.environment().variables()));
        }
        return jobRunner;
    }

    /** Replaces the job runner (tests that check a command's arguments without running its job). */
    public void jobRunner(JobRunner runner) {
        this.jobRunner = runner;
    }

    /** What Ctrl-C does to the jobs of this command ({@code Dvhc.main} routes SIGINT to it). */
    public void interruption(Interruption value) {
        this.interruption = value;
    }

    /** Runs another command line of dvhc, as a user would type it, and returns its exit code. */
    public int run(String... args) {
        return commandLine.apply(args);
    }

    @Override
    public void close() {
        out.flush();
        err.flush();
        if (database != null && ownsDatabase) {
            database.close();
            database = null;
        }
    }
}
