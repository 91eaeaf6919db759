package vn.dvhc.remap.table;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.PagingQueryProvider;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.dvhc.catalog.ConversionTable;
import vn.dvhc.common.FailOnListener;
import vn.dvhc.common.FailureCause;
import vn.dvhc.common.JobParams;
import vn.dvhc.common.Json;
import vn.dvhc.common.ProgressSink;
import vn.dvhc.common.Sha256;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.remap.OnSplit;
import vn.dvhc.remap.RemapRunRepository;
import vn.dvhc.remap.RemapSettings;
import vn.dvhc.remap.RemapSummary;

/**
 * The steps of {@code remapTableJob} ({@link RemapTableJob}):
 * <ol>
 *   <li>{@value RemapTableJob#PREPARE_STEP}: finds the table, the key and the columns ({@link TableLayout}, kept in the
 *       job's execution context), checks that the key is unique and never NULL, creates the target and the rejects
 *       table or adds the remap columns ({@link TargetTable});</li>
 *   <li>{@value RemapTableJob#REMAP_STEP}: a chunk step, Spring Batch's {@link JdbcPagingItemReader} ordered by the key
 *       (a restart reads on after the last committed key) → {@link RowRemapper} → {@link TableWriter} (idempotent
 *       writes in the source database), one commit every {@code --chunk} rows;</li>
 *   <li>{@value RemapTableJob#FINISH_STEP}: checks rows read = written + rejected, and against the tables themselves,
 *       stores the {@link RemapSummary}.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
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
    public Step remapTablePrepareStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new StepBuilder(RemapTableJob.PREPARE_STEP, jobRepository).tasklet((contribution, chunkContext) -> {
            StepExecution step = contribution.getStepExecution();
            TableSettings settings = RemapTableJob.JOB.settings(step.getJobParameters());
            try (TableSource db = open(settings)) {
                TableLayout layout = TableLayout.resolve(db, settings);
                TargetTable tables = new TargetTable(db, layout);
                tables.checkKey();
                tables.prepare(step.getJobParameters().getString(JobParams.RUN_ID) != null);
                step.getJobExecution().getExecutionContext().putString(RemapTableJob.LAYOUT, Json.write(layout));
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    @JobScope
    public Step remapTableStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               @Value("#{jobExecution}") JobExecution job, CatalogConversions conversions,
                               ObjectProvider<ProgressSink> progress)
            throws Exception {
        TableSettings settings = RemapTableJob.JOB.settings(job.getJobParameters());
        TableLayout layout = layout(job);
        TableSource db = open(settings);
        RowRemapper remapper = new RowRemapper(conversions.get(settings.from(), settings.to()), settings.onSplit(),
                settings.padCodes(), layout.byNames() ? conversions.addresses(settings.from()).lookup() : null,
                layout.commune() != null, layout.byAddress());
        TableWriter writer = new TableWriter(db, layout, new TargetTable(db, layout),
                progress.getIfAvailable(() -> ProgressSink.NONE));
        return new StepBuilder(RemapTableJob.REMAP_STEP, jobRepository)
                .<SourceRow, RemappedRow>chunk(settings.chunk())
                .reader(reader(db, layout, settings.chunk()))
                .processor(remapper)
                .writer(writer)
                .transactionManager(transactionManager)
                .listener(new FailureCause())
                .listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution stepExecution) {
                        db.close();
                        return null;
                    }
                })
                .build();
    }

    @Bean
    public Step remapTableFinishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     CatalogConversions conversions,
                                     DSLContext dsl) {
        return new StepBuilder(RemapTableJob.FINISH_STEP, jobRepository).tasklet((contribution, chunkContext) -> {
            StepExecution step = contribution.getStepExecution();
            JobExecution job = step.getJobExecution();
            TableSettings settings = RemapTableJob.JOB.settings(step.getJobParameters());
            TableLayout layout = layout(job);
            StepExecution remap = jobRepository.getLastStepExecution(job.getJobInstance(), RemapTableJob.REMAP_STEP);
            TableCounts counts = TableCounts.load(remap.getExecutionContext());
            try (TableSource db = open(settings)) {
                check(db, layout, counts);
            }
            ConversionTable table = conversions.get(settings.from(), settings.to());
            long gazetteer = layout.byNames() ? conversions.addresses(settings.from()).buildMillis() : -1;
            RemapSummary summary = summary(job, settings, layout, counts, table, gazetteer,
                    jobRepository.getJobExecutions(job.getJobInstance()).size() > 1);
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

    private static TableSource open(TableSettings settings) {
        return TableSource.open(settings.sourceUrl(), settings.sourceUser(), settings.password());
    }

    private static TableLayout layout(JobExecution job) {
        return Json.read(job.getExecutionContext().getString(RemapTableJob.LAYOUT), TableLayout.class);
    }

    // Key-ordered paging, in the database's way (KeyOrderedSelect).
    private static JdbcPagingItemReader<SourceRow> reader(TableSource db, TableLayout layout, int chunk)
            throws Exception {
        KeyOrderedSelect query = KeyOrderedSelect.of(db.dialect(), layout, db.dataSource());
        List<String> keyLabels = query.keyLabels();
        String[] read = query.aliases().toArray(String[]::new);
        PagingQueryProvider provider = query.provider();
        JdbcPagingItemReader<SourceRow> reader = new JdbcPagingItemReader<>(db.dataSource(), provider);
        reader.setName(RemapTableJob.READER);
        reader.setPageSize(chunk);
        reader.setFetchSize(chunk);
        int keys = layout.key().size();
        reader.setRowMapper((rs, n) -> {
            Object[] key = new Object[keys];
            for (int i = 0; i < keys; i++) {
                key[i] = rs.getObject(keyLabels.get(i));
            }
            return new SourceRow(key, code(rs, read[0]), code(rs, read[1]), code(rs, read[2]), text(rs, read[3]),
                    text(rs, read[4]), text(rs, read[5]), text(rs, read[6]));
        });
        reader.afterPropertiesSet();
        return reader;
    }

    // A code as text: a number is its digits (a numeric column cannot hold the leading zeros, which only
    // --pad-codes puts back), a text column its text, NULL empty; null when the run reads no such column.
    private static String code(ResultSet rs, String alias) throws SQLException {
        if (alias == null) {
            return null;
        }
        Object value = rs.getObject(alias);
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if ((value instanceof Double || value instanceof Float) && ((Number) value).doubleValue() % 1 == 0) {
            return String.valueOf(((Number) value).longValue());
        }
        return value.toString();
    }

    private static String text(ResultSet rs, String alias) throws SQLException {
        if (alias == null) {
            return null;
        }
        String value = rs.getString(alias);
        return value == null ? "" : value;
    }

    // Every row read is in the target or in the rejects table, and nothing else is: counted in the tables themselves.
    private static void check(TableSource db, TableLayout layout, TableCounts counts) {
        TargetTable tables = new TargetTable(db, layout);
        if (counts.read != counts.written + counts.rejected) {
            throw new IllegalStateException("rows read (" + counts.read + ") ≠ written (" + counts.written
                    + ") + rejected (" + counts.rejected + ")");
        }
        boolean inPlace = layout.target().equals(layout.source());
        String status = layout.columns().stream().filter(c -> c.equalsIgnoreCase("remap_status")).findFirst()
                .orElseThrow();
        long source = tables.count(layout.source(), null);
        long written = tables.count(layout.target(), inPlace ? status : null);
        long rejected = tables.count(layout.rejects(), null);
        if (source != counts.read || written != counts.written || rejected != counts.rejected) {
            throw new DvhcException(ErrorCode.JOB_FAILED, "the tables do not hold what was read: " + layout.source()
                    + " has " + source + " rows and " + counts.read + " were read; " + layout.target() + " holds "
                    + written + " remapped rows for " + counts.written + " written; " + layout.rejects() + " holds "
                    + rejected + " for " + counts.rejected + " rejected", null,
                    "was the source table changed during the run? run the same command with --rerun");
        }
    }

    private static RemapSummary summary(JobExecution job, TableSettings settings, TableLayout layout,
                                        TableCounts counts, ConversionTable table, long gazetteerMillis,
                                        boolean resumed) {
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
                "table " + layout.rejects(), new RemapSummary.Releases(settings.from(), settings.to(), settings.asOf()),
                settings.onSplit().label(), counts.read, counts.written, counts.rejected, true, 0, byStatus,
                counts.reasonCounts(), provinces, millis, counts.read * 1000 / millis, 1, counts.padded,
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
