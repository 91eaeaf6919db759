package vn.dvhc.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Where a partition that writes {@link PartFiles} resumes: after its last commit, unless its parts no longer hold what
 * that commit recorded. Then the job repository is behind the files: the home's H2 server, killed together with the
 * command, can lose commits it had acknowledged (docs/operations.md), so the repository may still record a partition
 * as unfinished after the merge has moved its part into place. The partition then starts over from its first row,
 * which gives the same bytes: what a partition writes depends on its input alone.
 *
 * <p>A listener of the partition's step: it runs before the step opens its reader and writers, so that all of them
 * see the same execution context, emptied down to the partition's bounds.
 */
public final class PartResume implements StepExecutionListener {

    private static final Logger LOG = LogManager.getLogger(PartResume.class);

    /** A part file and the execution context key of its committed length. */
    public record Part(Path file, String lengthKey) {
    }

    private final Function<StepExecution, List<Part>> parts;
    private final Set<String> bounds;

    /**
     * @param parts  the partition's parts
     * @param bounds the execution context keys that say which rows are the partition's: kept when it starts over
     */
    public PartResume(Function<StepExecution, List<Part>> parts, Set<String> bounds) {
        this.parts = parts;
        this.bounds = bounds;
    }

    @Override
    public void beforeStep(StepExecution step) {
        ExecutionContext context = step.getExecutionContext();
        boolean behind = false;
        for (Part part : parts.apply(step)) {
            behind |= context.containsKey(part.lengthKey()) && length(part.file()) < context.getLong(part.lengthKey());
        }
        if (!behind) {
            return;
        }
        LOG.warn("{}: its temporary files are shorter than its last commit recorded: the job repository is behind "
                + "them, so the partition starts over from its first row", step.getStepName());
        List<String> state = new ArrayList<>();
        for (Map.Entry<String, Object> entry : context.entrySet()) {
            if (!bounds.contains(entry.getKey())) {
                state.add(entry.getKey());
            }
        }
        state.forEach(context::remove);
    }

    private static long length(Path part) {
        try {
            return Files.exists(part) ? Files.size(part) : -1;
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.IO_FAILED, "cannot read the length of the temporary file: "
                    + e.getMessage(), Location.of(part), "check the permissions of its folder", e);
        }
    }
}
