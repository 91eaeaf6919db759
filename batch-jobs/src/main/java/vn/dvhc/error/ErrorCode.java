package vn.dvhc.error;

/**
 * Stable symbolic error codes. Each carries the exit code it maps to, so adding a symbolic code never needs a
 * new exit code. Names are persisted in logs and JSON output: never rename one.
 */
public enum ErrorCode {
    USAGE(ExitCode.USAGE),

    INPUT_NOT_FOUND(ExitCode.INPUT),
    INPUT_UNREADABLE(ExitCode.INPUT),
    INPUT_ENCODING(ExitCode.INPUT),
    INPUT_HEADER(ExitCode.INPUT),
    INPUT_MALFORMED(ExitCode.INPUT),
    INPUT_FORMAT_UNKNOWN(ExitCode.INPUT),
    OUTPUT_NOT_WRITABLE(ExitCode.INPUT),

    REFERENCE_MISSING(ExitCode.REFERENCE),
    REFERENCE_INCONSISTENT(ExitCode.REFERENCE),
    HOME_DAMAGED(ExitCode.REFERENCE),

    DB_UNAVAILABLE(ExitCode.JOB_FAILED),
    IO_FAILED(ExitCode.JOB_FAILED),
    JOB_FAILED(ExitCode.JOB_FAILED),
    INTERNAL_ERROR(ExitCode.JOB_FAILED),

    JOB_RUNNING(ExitCode.REFUSED),
    JOB_ALREADY_COMPLETE(ExitCode.REFUSED),
    JOB_NOT_RUNNING(ExitCode.REFUSED),
    JOB_ABANDONED(ExitCode.REFUSED),
    RELEASE_EXISTS(ExitCode.REFUSED),
    OUTPUT_EXISTS(ExitCode.REFUSED);

    private final ExitCode exitCode;

    ErrorCode(ExitCode exitCode) {
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
