package vn.dvhc.remap.table;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

import vn.dvhc.catalog.ConversionTable;
import vn.dvhc.common.EnvironmentVariables;
import vn.dvhc.common.FailOnListener;
import vn.dvhc.common.JobParams;
import vn.dvhc.common.Json;
import vn.dvhc.common.Sha256;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.remap.OnSplit;
import vn.dvhc.remap.RemapRunRepository;
import vn.dvhc.remap.RemapSettings;
import vn.dvhc.remap.RemapSummary;

/**
 * The steps of {@code remapTableJob} ({@link RemapTableJob}):
 * <ol>
 *   <li>{@value RemapTableJob#PREPARE_STEP}: finds the table, the key and the columns ({@link TableLayout}, kept in the
 *       job's execution context), checks that the key is unique and never NULL, creates the target and the rejects
 *       table or adds the remap columns ({@link TargetTable}), cuts the key ranges of {@code --threads}
 *       ({@link KeyRanges}, kept there too);</li>
 *   <li>{@value RemapTableJob#REMAP_STEP}: a partitioned step, a chunk step per key range ({@link RemapTableRowsConfig}):
 *       rows read in key order and remapped ahead on the reading thread (a restart reads on after the last committed
 *       key; {@link TableReader}, {@link RowRemapper}) → {@link TableWriter} (idempotent writes in the source database), one commit every {@code --chunk} rows;</li>
 *   <li>{@value RemapTableJob#FINISH_STEP}: makes the unique indexes left for after the rows, checks rows read =
 *       written + rejected, and against the tables and the rejects file themselves, moves the file into place
 *       ({@link RowsCheck}), stores the {@link RemapSummary}.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@Import(RemapTableRowsConfig.class)
public class RemapTableJobConfig {

    @Bean
    public Job remapTableJob(JobRepository jobRepository, Step remapTablePrepareStep, Step remapTableStep,
                             Step remapTableFinishStep) {
        return new JobBuilder(RemapTableJob.NAME, jobRepository)
                .start(remapTablePrepareStep).next(remapTableStep).next(remapTableFinishStep)
                .listener(new FailOnListener(RemapTableJobConfig::hasFindings))
                .build();
    }

    @Bean
    public CatalogConversions remapTableConversions(DSLContext dsl) {
        return new CatalogConversions(dsl);
    }

    @Bean
    public Step remapTablePrepareStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                      ObjectProvider<EnvironmentVariables> environment) {
        return new StepBuilder(RemapTableJob.PREPARE_STEP, jobRepository).tasklet((contribution, chunkContext) -> {
            StepExecution step = contribution.getStepExecution();
            TableSettings settings = RemapTableJob.JOB.settings(step.getJobParameters());
            try (TableSource db = open(settings, environment, 1)) {
                TableLayout layout = TableLayout.resolve(db, settings);
                TargetTable tables = new TargetTable(db, layout);
                tables.checkKey();
                // Once, for every partition's writer: the indexes are made last only for COPY's writes.
                boolean copy = CopyWrites.applies(db, layout);
                List<String> afterRows = tables.prepare(step.getJobParameters().getString(JobParams.RUN_ID) != null,
                        !settings.rejectsToFile(), copy);
                ExecutionContext context = step.getJobExecution().getExecutionContext();
                context.put(RemapTableJob.COPY, copy);
                List<Integer> binaryKeys = copy
                        ? CopyWrites.binaryKeys(db, layout, tables, !settings.rejectsToFile()) : null;
                if (binaryKeys != null) {
                    context.put(RemapTableJob.COPY_BINARY_KEYS, new ArrayList<>(binaryKeys));
                }
                context.put(RemapTableJob.AFTER_ROWS, new ArrayList<>(afterRows));
                context.putString(RemapTableJob.LAYOUT, Json.write(layout));
                // One thread reads the whole table: no cuts, so no count of its rows to place them.
                context.put(KeyRanges.BOUNDARIES, settings.threads() > 1 ? KeyRanges.compute(db, layout,
                        settings.threads(), tables.count(layout.source(), null)) : new ArrayList<ArrayList<Object>>());
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    public Step remapTableFinishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     CatalogConversions conversions, DSLContext dsl,
                                     ObjectProvider<EnvironmentVariables> environment) {
        return new StepBuilder(RemapTableJob.FINISH_STEP, jobRepository).tasklet((contribution, chunkContext) -> {
            StepExecution step = contribution.getStepExecution();
            JobExecution job = step.getJobExecution();
            TableSettings settings = RemapTableJob.JOB.settings(step.getJobParameters());
            TableLayout layout = layout(job);
            int partitions = ranges(job).count();
            TableCounts counts = new TableCounts();
            List<Long> rejectsLengths = new ArrayList<>();
            for (int k = 0; k < partitions; k++) {
                StepExecution part = jobRepository.getLastStepExecution(job.getJobInstance(),
                        RemapTableJob.WORKER_STEP + ":" + KeyRanges.PARTITION + k);
                counts.add(TableCounts.load(part.getExecutionContext()));
                rejectsLengths.add(part.getExecutionContext().getLong(RejectsFile.POSITION, 0L));
            }
            try (TableSource db = open(settings, environment, 1)) {
                new TargetTable(db, layout).finish(afterRows(job));
                new RowsCheck(db, layout, settings).check(counts, job.getJobInstance().getInstanceId(),
                        rejectsLengths);
            }
            ConversionTable table = conversions.get(settings.from(), settings.to());
            long gazetteer = layout.byNames() ? conversions.addresses(settings.from()).buildMillis() : -1;
            RemapSummary summary = summary(job, settings, layout, counts, table, gazetteer,
                    jobRepository.getJobExecutions(job.getJobInstance()).size() > 1, partitions);
            new RemapRunRepository(dsl).save(summary, job.getJobInstance().getInstanceId());
            job.getExecutionContext().putString(RemapTableJob.SUMMARY, Json.write(summary));
            contribution.incrementWriteCount(counts.written);
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    /** The label of a table run's source in summaries and the report: the table and where it is. */
    public static String sourceLabel(TableSettings settings) {
        return "table " + settings.table() + " in " + settings.sourceUrl();
    }

    /**
     * A pool on the source database with the password of the command line's environment.
     *
     * @param partitions how many partitions use the pool at once (a reader and a writer each)
     */
    static TableSource open(TableSettings settings, ObjectProvider<EnvironmentVariables> environment,
                            int partitions) {
        return TableSource.open(settings.sourceUrl(), settings.sourceUser(),
                settings.password(environment.getIfAvailable(() -> EnvironmentVariables.NONE)), partitions);
    }

    static TableLayout layout(JobExecution job) {
        return Json.read(job.getExecutionContext().getString(RemapTableJob.LAYOUT), TableLayout.class);
    }

    /**
     * How the prepare step chose to write the chunks: a run prepared before the choice was kept writes batched, one
     * prepared before the binary format by COPY's CSV.
     */
    @SuppressWarnings("unchecked")
    static TableWrites.Kind writes(JobExecution job) {
        ExecutionContext context = job.getExecutionContext();
        return Boolean.TRUE.equals(context.get(RemapTableJob.COPY))
                ? new TableWrites.Kind(true, (List<Integer>) context.get(RemapTableJob.COPY_BINARY_KEYS))
                : TableWrites.Kind.BATCHED;
    }

    @SuppressWarnings("unchecked")
    private static List<String> afterRows(JobExecution job) {
        Object statements = job.getExecutionContext().get(RemapTableJob.AFTER_ROWS);
        // A run prepared by a version that made every index at once has none.
        return statements == null ? List.of() : (List<String>) statements;
    }

    /** The key ranges the prepare step cut. */
    @SuppressWarnings("unchecked")
    static KeyRanges ranges(JobExecution job) {
        return new KeyRanges((List<List<Object>>) job.getExecutionContext().get(KeyRanges.BOUNDARIES));
    }

    private static RemapSummary summary(JobExecution job, TableSettings settings, TableLayout layout,
                                        TableCounts counts, ConversionTable table, long gazetteerMillis,
                                        boolean resumed, int partitions) {
        boolean population = settings.onSplit() == OnSplit.POPULATION;
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (String status : List.of("MAPPED", "SPLIT", "ALIAS")) {
            byStatus.put(status, counts.status(status));
        }
        if (population) {
            byStatus.put("RESOLVED", counts.status("RESOLVED"));
        }
        List<RemapSummary.Province> provinces = new ArrayList<>();
        for (int p = 0; p < 100; p++) {
            long total = counts.rejectedIn(p);
            for (String status : TableCounts.STATUSES) {
                total += counts.province(p, status);
            }
            if (total > 0) {
                Unit unit = table.toUnit(new UnitKey(UnitLevel.PROVINCE, String.format("%02d", p)));
                provinces.add(new RemapSummary.Province(String.format("%02d", p), unit == null ? "" : unit.fullName(),
                        counts.province(p, "MAPPED"), counts.province(p, "SPLIT"), counts.province(p, "ALIAS"),
                        counts.rejectedIn(p), counts.province(p, "RESOLVED"), 0));
            }
        }
        LocalDateTime started = job.getStartTime() == null ? LocalDateTime.now() : job.getStartTime();
        long millis = Math.max(1, Duration.between(started, LocalDateTime.now()).toMillis());
        String label = sourceLabel(settings);
        return new RemapSummary(job.getId(), resumed,
                new RemapSummary.Input(label, Sha256.of(label.getBytes(StandardCharsets.UTF_8)), -1),
                (layout.target().equals(layout.source()) ? "in place: " : "table ") + layout.target(),
                settings.rejectsToFile() ? settings.rejectsFile().toString() : "table " + layout.rejects(),
                new RemapSummary.Releases(settings.from(), settings.to(), settings.asOf()),
                settings.onSplit().label(), counts.read, counts.written, counts.rejected, true, 0, byStatus,
                counts.reasonCounts(), provinces, millis, counts.read * 1000 / millis,
                Math.min(settings.threads(), partitions), counts.padded,
                new RemapSummary.Dataset(settings.dataset(), null),
                population ? new RemapSummary.Splits(counts.status("RESOLVED"), 0, 0, counts.status("SPLIT"), null,
                        List.of(), null, 0) : null,
                layout.byNames() ? new RemapSummary.Addresses(layout.describeNames(), layout.commune() != null,
                        counts.mismatches, gazetteerMillis) : null);
    }

    private static boolean hasFindings(JobExecution job) {
        RemapSummary summary = RemapTableJob.JOB.summary(job, RemapSummary.class);
        if (summary == null) {
            return false;
        }
        RemapSettings.FailOn failOn = RemapTableJob.JOB.settings(job.getJobParameters()).failOn();
        return switch (failOn) {
            case REJECT -> summary.rowsRejected() > 0;
            case SPLIT -> summary.rowsRejected() > 0 || summary.byStatus().getOrDefault("SPLIT", 0L) > 0;
            case NEVER -> false;
        };
    }
}
