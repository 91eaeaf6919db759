package vn.dvhc.common;

/**
 * The job parameter key every job shares. Each job's own keys are constants of its {@link JobDefinition}
 * ({@code RemapJob.ON_SPLIT}, …), persisted in {@code BATCH_JOB_EXECUTION_PARAMS}: never rename one.
 */
public final class JobParams {

    /** Makes a run its own job instance ({@code --rerun}, imports, checks, reports). */
    public static final String RUN_ID = "run.id";

    private JobParams() {
    }
}
