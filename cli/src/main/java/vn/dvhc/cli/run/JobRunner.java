package vn.dvhc.cli.run;

/** Runs one job to its end and says what it means for the exit code. */
public interface JobRunner {

    /**
     * @return the completed run (exit code 0, or 1 for findings)
     * @throws vn.dvhc.error.DvhcException for a failed or refused run, with its exit code
     */
    RunResult run(JobRequest request);
}
