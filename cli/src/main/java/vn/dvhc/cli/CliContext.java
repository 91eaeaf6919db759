package vn.dvhc.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Model.CommandSpec;
import vn.dvhc.cli.option.GlobalOptions;
import vn.dvhc.cli.run.JobRunner;
import vn.dvhc.cli.run.SpringJobRunner;
import vn.dvhc.infra.Database;

/**
 * What a command works with: the global options, the output streams, the database (opened on first use and
 * closed when the command ends) and the job runner. Commands reach it through their {@code @Spec}.
 */
public final class CliContext implements AutoCloseable {

    /** Connections: enough for a job's steps and partitions plus the job repository. */
    private static final int POOL_SIZE = 10;

    private final GlobalOptions global;
    private final PrintWriter out;
    private final PrintWriter err;
    private Database database;
    private JobRunner jobRunner;

    CliContext(GlobalOptions global, PrintWriter out, PrintWriter err) {
        this.global = global;
        this.out = out;
        this.err = err;
    }

    public static CliContext of(CommandSpec spec) {
        return ((Dvhc) spec.root().userObject()).context();
    }

    public GlobalOptions global() {
        return global;
    }

    /** Standard output: the result, and nothing else. */
    public PrintWriter out() {
        return out;
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

    public JobRunner jobRunner() {
        if (jobRunner == null) {
            jobRunner = new SpringJobRunner(this::database);
        }
        return jobRunner;
    }

    /** Replaces the job runner (tests that check a command's arguments without running its job). */
    public void jobRunner(JobRunner runner) {
        this.jobRunner = runner;
    }

    @Override
    public void close() {
        out.flush();
        err.flush();
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
