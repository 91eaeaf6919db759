package vn.dvhc.common;

/**
 * The job parameter key every job shares. Each job's own keys are constants of its {@link JobDefinition}
 * ({@code RemapJob.ON_SPLIT}, …), persisted in {@code BATCH_JOB_EXECUTION_PARAMS}: never rename one.
 */
public final class JobParams {

    /** Makes a run its own job instance ({@code --rerun}, imports, checks, reports). */
    public static final String RUN_ID = "run.id";

    /**
     * A file the command line writes from the run's result once the job has ended ({@code remap --summary},
     * {@code agencies validate --output}); not identifying. Recorded so that a later run of the same command may
     * replace the file while a file no run wrote is not replaced without {@code --overwrite}.
     */
    public static final String RESULT_FILE = "result.file";

    private JobParams() {
    }
}
