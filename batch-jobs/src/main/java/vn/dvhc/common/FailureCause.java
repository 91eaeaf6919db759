package vn.dvhc.common;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import vn.dvhc.error.DvhcException;

/**
 * Keeps why a step failed, in words, in the step's execution context: its exit description is a stack trace cut at
 * 2,500 characters, whose first line (a chunk step's "Unable to process chunk") says nothing, and whose cause (the
 * input error with its file and line) is cut off. {@code dvhc jobs show} reads it, for runs of any process.
 */
public final class FailureCause implements StepExecutionListener {

    /** Step execution context key, persisted: never rename it. */
    public static final String KEY = "dvhc.failure.cause";

    @Override
    public ExitStatus afterStep(StepExecution step) {
        step.getFailureExceptions().stream().findFirst()
                .ifPresent(failure -> step.getExecutionContext().putString(KEY, describe(failure)));
        return null;
    }

    /** What the failure says: the dvhc error in its chain (file, line, what), else its innermost cause. */
    static String describe(Throwable failure) {
        DvhcException known = DvhcException.find(failure);
        if (known != null) {
            return known.describe();
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    /** The cause kept for a step, or null. */
    public static String of(StepExecution step) {
        return step.getExecutionContext().getString(KEY, null);
    }
}
