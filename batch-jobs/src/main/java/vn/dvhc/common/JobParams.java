package vn.dvhc.common;

/**
 * Job parameter keys, persisted in {@code BATCH_JOB_EXECUTION_PARAMS}: never rename one. Which are
 * identifying is decided per command and written in the command's Javadoc.
 */
public final class JobParams {

    /** Makes a run its own job instance ({@code --rerun}, imports). */
    public static final String RUN_ID = "run.id";

    public static final String INPUT_FILE = "input.file";
    public static final String INPUT_SHA256 = "input.sha256";
    public static final String OUTPUT_FILE = "output.file";

    public static final String IMPORT_FORMAT = "import.format";
    public static final String IMPORT_REPLACE = "import.replace";
    public static final String IMPORT_ALLOW_UNMAPPED = "import.allow.unmapped";
    public static final String RELEASE_ID = "release.id";
    public static final String RELEASE_EFFECTIVE = "release.effective";
    public static final String RELEASE_PREDECESSOR = "release.predecessor";

    private JobParams() {
    }
}
