package vn.dvhc.remap;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

import vn.dvhc.common.ExitStatuses;
import vn.dvhc.common.Json;

/**
 * After a completed run: removes the partitions' temporary files and a workbook run's work files, and turns findings at or above
 * {@code --fail-on} into the exit status that makes the CLI exit 1.
 */
final class RemapJobListener implements JobExecutionListener {

    private static final Logger LOG = LogManager.getLogger(RemapJobListener.class);

    @Override
    public void afterJob(JobExecution job) {
        if (job.getStatus() != BatchStatus.COMPLETED) {
            return;
        }
        RemapSettings settings = RemapJob.JOB.settings(job.getJobParameters());
        long instance = job.getJobInstance().getInstanceId();
        RemapFiles files = RemapFiles.of(settings, instance);
        deleteParts(files.outputPart(0));
        deleteParts(files.rejectsPart(0));
        for (Path work : RemapFiles.workFiles(settings, instance)) {
            delete(work);
        }
        RemapSummary summary = Json.read(job.getExecutionContext().getString(RemapJob.SUMMARY), RemapSummary.class);
        boolean findings = switch (settings.failOn()) {
            case REJECT -> summary.rowsRejected() > 0;
            case SPLIT -> summary.rowsRejected() > 0 || summary.byStatus().getOrDefault("SPLIT", 0L) > 0;
            case NEVER -> false;
        };
        if (findings) {
            job.setExitStatus(ExitStatuses.COMPLETED_WITH_FINDINGS);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not delete the work file {}: {}", file, e.getMessage());
        }
    }

    // Removes every part file of the run (their names differ only in the partition number).
    private static void deleteParts(Path firstPart) {
        String name = firstPart.getFileName().toString();
        String glob = name.substring(0, name.lastIndexOf("-part")) + "-part*.tmp";
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(firstPart.getParent(), glob)) {
            for (Path part : parts) {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            LOG.warn("could not delete the temporary files {} in {}: {}", glob, firstPart.getParent(), e.getMessage());
        }
    }
}
