package vn.dvhc.remap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Where a partition resumes: after its last commit, unless its temporary files no longer hold what that commit
 * recorded. Then the job repository is behind the files: the home's H2 server, killed together with the command, can
 * lose commits it had acknowledged (docs/operations.md), so the repository may still record a partition as unfinished
 * after the merge has moved its part into place. The partition then starts over from its first row, which gives the
 * same bytes: a partition's output depends on its input bytes alone.
 *
 * <p>Runs before the step opens its reader and writer, so that both see the same, emptied, execution context.
 */
final class PartResume implements StepExecutionListener {

    private static final Logger LOG = LogManager.getLogger(PartResume.class);

    @Override
    public void beforeStep(StepExecution step) {
        ExecutionContext context = step.getExecutionContext();
        if (!context.containsKey(PartWriter.OUTPUT_POSITION)) {
            return;
        }
        Partition partition = Partition.of(context);
        RemapFiles files = RemapFiles.of(RemapJob.JOB.settings(step.getJobParameters()),
                step.getJobExecution().getJobInstance().getInstanceId());
        Path output = files.outputPart(partition.index());
        Path rejects = files.rejectsPart(partition.index());
        if (length(output) >= context.getLong(PartWriter.OUTPUT_POSITION)
                && length(rejects) >= context.getLong(PartWriter.REJECTS_POSITION)) {
            return;
        }
        LOG.warn("partition {}: its temporary files are shorter than its last commit recorded ({} rows): the job "
                        + "repository is behind them, so the partition starts over from its first row",
                partition.index(), context.getLong(RemapCounts.READ_KEY, 0L));
        List<String> state = new ArrayList<>();
        for (Map.Entry<String, Object> entry : context.entrySet()) {
            state.add(entry.getKey());
        }
        state.forEach(context::remove);
        for (Map.Entry<String, Object> entry : partition.toContext().entrySet()) {
            context.put(entry.getKey(), entry.getValue());
        }
    }

    private static long length(Path part) {
        try {
            return Files.exists(part) ? Files.size(part) : -1;
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.IO_FAILED, "cannot read the length of the temporary file: "
                    + e.getMessage(), Location.of(part), "check the permissions of the output folder", e);
        }
    }
}
