package vn.dvhc.error;

/**
 * The process exit codes of every dvhc command (spec §3). The numbers are a public contract: scripts and CI
 * pipelines branch on them, so a value is never re-used for another meaning.
 */
public enum ExitCode {
    OK(0, "done, nothing to report"),
    FINDINGS(1, "done, with data findings at or above --fail-on (rejects, validation errors)"),
    USAGE(2, "usage error: bad or missing option or option value"),
    INPUT(3, "input problem: missing or unreadable file, bad header, undecodable bytes, unknown format"),
    REFERENCE(4, "reference data missing or inconsistent"),
    JOB_FAILED(5, "job failed (database, disk, internal error); restartable"),
    REFUSED(6, "refused: the same job is running or already completed, or the release exists"),
    /** 128 + SIGINT, as shells report a process ended by Ctrl-C; added by issue 19 (decision 0013). */
    INTERRUPTED(130, "interrupted (Ctrl-C): the job stopped at a commit; run the same command to resume");

    private final int value;
    private final String description;

    ExitCode(int value, String description) {
        this.value = value;
        this.description = description;
    }

    public int value() {
        return value;
    }

    public String description() {
        return description;
    }
}
