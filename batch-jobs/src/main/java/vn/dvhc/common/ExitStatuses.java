package vn.dvhc.common;

import org.springframework.batch.core.ExitStatus;

/**
 * Exit statuses of dvhc jobs beyond Spring Batch's own. A job that completes with data findings at or above
 * {@code --fail-on} ends COMPLETED with {@link #COMPLETED_WITH_FINDINGS}; the CLI turns that into exit code 1.
 */
public final class ExitStatuses {

    public static final ExitStatus COMPLETED_WITH_FINDINGS = new ExitStatus("COMPLETED_WITH_FINDINGS",
            "completed; findings at or above --fail-on");

    private ExitStatuses() {
    }
}
