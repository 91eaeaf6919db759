package vn.dvhc.remap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.dvhc.common.Json;
import vn.dvhc.common.PartFiles;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;
import vn.dvhc.remap.workbook.WorkbookConversion;
import vn.dvhc.remap.workbook.WorkbookOutput;

/**
 * Joins the partitions' temporary files in order into the output and the rejects file: the later parts are
 * appended to the first, which is then renamed into place (atomic on one file system), so the output name never
 * holds a half-written file. Before that it adds up the partitions' counters and checks that every row read was written
 * or rejected. Re-running it (after a kill) rebuilds the same bytes from the same parts.
 */
final class RemapMergeTasklet implements Tasklet {

    private static final Logger LOG = LogManager.getLogger(RemapMergeTasklet.class);

    private final JobRepository jobRepository;
    private final RemapSettings settings;
    private final RemapTable table;
    private final RemapRunRepository runs;
    private final InputLayout layout;

    RemapMergeTasklet(JobRepository jobRepository, RemapSettings settings, RemapTable table, RemapRunRepository runs,
                      InputLayout layout) {
        this.layout = layout;
        this.jobRepository = jobRepository;
        this.settings = settings;
        this.table = table;
        this.runs = runs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        JobInstance instance = job.getJobInstance();
        RemapFiles files = RemapFiles.of(settings, instance.getInstanceId());
        RemapCounts total = new RemapCounts();
        RowsDigest rows = new RowsDigest(null);
        List<long[]> lengths = new ArrayList<>();
        long gazetteerMillis = -1;
        for (int k = 0; ; k++) {
            StepExecution part = jobRepository.getLastStepExecution(instance, RemapJob.WORKER_STEP + ":"
                    + RemapPartitioner.PARTITION + k);
            if (part == null) {
                break;
            }
            if (part.getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException("partition " + k + " is " + part.getStatus() + ", not completed");
            }
            total.add(RemapCounts.load(part.getExecutionContext()));
            gazetteerMillis = Math.max(gazetteerMillis,
                    part.getExecutionContext().getLong(RemapWorkerStepConfig.GAZETTEER_MILLIS, -1L));
            rows.add(RowsDigest.load(part.getExecutionContext(), null));
            lengths.add(new long[]{part.getExecutionContext().getLong(PartWriter.OUTPUT_POSITION),
                    part.getExecutionContext().getLong(PartWriter.REJECTS_POSITION)});
        }
        if (total.read != total.written + total.rejected) {
            throw new IllegalStateException("rows read (" + total.read + ") ≠ written (" + total.written + ") + rejected ("
                    + total.rejected + "): the output was not moved into place");
        }
        LOG.info("joining {} part(s): {} rows read = {} written + {} rejected", lengths.size(), total.read, total.written,
                total.rejected);
        join(files, lengths, 0, files.output());
        join(files, lengths, 1, files.rejects());
        LOG.info("moved into place: {} and {}", files.output(), files.rejects());
        RemapSummary summary = summary(job, total, lengths.size(), rows, gazetteerMillis);
        runs.save(summary, instance.getInstanceId());
        JobKeys.publish(contribution.getStepExecution(), RemapJob.SUMMARY, Json.write(summary));
        contribution.incrementWriteCount(total.written);
        return RepeatStatus.FINISHED;
    }

    private static void join(RemapFiles files, List<long[]> lengths, int which, Path target) throws IOException {
        List<Path> parts = new ArrayList<>();
        for (int k = 0; k < lengths.size(); k++) {
            parts.add(which == 0 ? files.outputPart(k) : files.rejectsPart(k));
        }
        PartFiles.join(parts, lengths.stream().map(l -> l[which]).toList(), target);
    }

    private RemapSummary summary(JobExecution job, RemapCounts total, int partitions, RowsDigest rows,
                                 long gazetteerMillis) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        byStatus.put("MAPPED", total.status[RemapCounts.MAPPED]);
        byStatus.put("SPLIT", total.status[RemapCounts.SPLIT]);
        byStatus.put("ALIAS", total.status[RemapCounts.ALIAS]);
        if (settings.resolvesSplits()) {
            byStatus.put("RESOLVED", total.status[RemapCounts.RESOLVED]);
        }
        List<RemapSummary.Province> provinces = new ArrayList<>();
        for (int p = 0; p < 100; p++) {
            long[] c = total.provinces[p];
            if (c[0] + c[1] + c[2] + c[3] + c[4] > 0) {
                provinces.add(new RemapSummary.Province(String.format("%02d", p),
                        table.provinceNames[p] == null ? "" : table.provinceNames[p], c[0], c[1], c[2], c[3],
                        c[4] - total.splits.byRuleInProvince[p], total.splits.byRuleInProvince[p]));
            }
        }
        LocalDateTime started = job.getStartTime() == null ? LocalDateTime.now() : job.getStartTime();
        long millis = Math.max(1, Duration.between(started, LocalDateTime.now()).toMillis());
        return new RemapSummary(job.getId(), job.getJobInstance() != null && isResumed(job),
                new RemapSummary.Input(settings.input().toString(), settings.inputSha256(),
                        Files.exists(settings.input()) ? sizeOf(settings.input()) : 0),
                settings.output().toString(), rejectsLabel(job),
                new RemapSummary.Releases(settings.from(), settings.to(), settings.asOf()),
                settings.onSplit().label(), total.read, total.written, total.rejected, true, total.blank, byStatus,
                total.reasonCounts(), provinces, millis, total.read * 1000 / millis,
                settings.remote() ? Math.min(settings.threads(), partitions) : settings.threads(),
                total.padded, new RemapSummary.Dataset(settings.dataset(), rows.identity()),
                SplitOutcome.of(settings, table, total),
                layout.names().any() ? new RemapSummary.Addresses(layout.names().describe(layout.header()),
                        layout.communeColumn() >= 0, total.addressMismatches, gazetteerMillis) : null);
    }

    // Where the user finds the rejects: a file, or a sheet of the output workbook.
    private String rejectsLabel(JobExecution job) {
        if (!settings.rejectsInSheet()) {
            return settings.rejects().toString();
        }
        WorkbookConversion conversion = RemapWorkbookConfig.conversion(job, new JobKeys(jobRepository));
        return settings.output() + " (sheet " + WorkbookOutput.rejectsSheet(conversion.sheet()) + ")";
    }

    private boolean isResumed(JobExecution job) {
        return jobRepository.getJobExecutions(job.getJobInstance()).size() > 1;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.INPUT_UNREADABLE, "cannot read the input's size", Location.of(file), null, e);
        }
    }
}
