package vn.dvhc.remap.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.CompositeItemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import vn.dvhc.common.EnvironmentVariables;
import vn.dvhc.common.FailureCause;
import vn.dvhc.common.PartFiles;
import vn.dvhc.common.PartResume;
import vn.dvhc.common.ProgressSink;

/**
 * {@value RemapTableJob#REMAP_STEP}: the key ranges of {@link KeyRanges}, one {@value RemapTableJob#WORKER_STEP}
 * partition each, run on {@code --threads} threads of this process by a {@link TaskExecutorPartitionHandler}, as the
 * file remap's threads are. Each partition is a chunk step: {@link TableReader} over its range, remapping each page
 * with a {@link RowRemapper} on its reading thread → {@link TableWriter} (and {@link RejectsFile} with
 * {@code --rejects}), one commit every {@code --chunk} rows, its counters and last key in its own execution context,
 * so a restart resumes each partition after its own last commit. No item processor: the step's thread only writes,
 * while the next page is read and remapped (docs/tables.md "Speed").
 */
@Configuration(proxyBeanMethods = false)
public class RemapTableRowsConfig {

    @Bean
    SourcePools remapTableSourcePools() {
        return new SourcePools();
    }

    @Bean
    @JobScope
    public Step remapTableStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               @Value("#{jobExecution}") JobExecution job, SourcePools pools,
                               ItemStreamReader<RemappedRow> remapTableReader,
                               ItemStreamWriter<RemappedRow> remapTableWriter) throws Exception {
        TableSettings settings = RemapTableJob.JOB.settings(job.getJobParameters());
        KeyRanges ranges = RemapTableJobConfig.ranges(job);
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        // Not a bean of its own: it is run on the partitions' threads, where the job scope is not active; its reader,
        // processor and writer are step-scoped, one of each per partition.
        handler.setStep(new StepBuilder(RemapTableJob.WORKER_STEP, jobRepository)
                .<RemappedRow, RemappedRow>chunk(settings.chunk())
                .reader(remapTableReader)
                .writer(remapTableWriter)
                .transactionManager(transactionManager)
                .listener(rejectsResume(settings))
                .listener(new FailureCause())
                .build());
        handler.setGridSize(ranges.count());
        int threads = Math.min(settings.threads(), ranges.count());
        if (threads <= 1) {
            handler.setTaskExecutor(new SyncTaskExecutor());
        } else {
            SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("remap-table-");
            executor.setConcurrencyLimit(threads);
            handler.setTaskExecutor(executor);
        }
        handler.afterPropertiesSet();
        return new StepBuilder(RemapTableJob.REMAP_STEP, jobRepository)
                .partitioner(RemapTableJob.WORKER_STEP, ranges)
                .partitionHandler(handler)
                .listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution stepExecution) {
                        pools.close(stepExecution.getJobExecutionId());
                        return null;
                    }
                })
                .build();
    }

    // The part of --rejects FILE, if given: a repository behind it makes the partition start over (PartResume).
    private static PartResume rejectsResume(TableSettings settings) {
        return new PartResume(step -> !settings.rejectsToFile() ? List.of()
                : List.of(new PartResume.Part(rejectsPart(settings, step), RejectsFile.POSITION)),
                Set.of(KeyRanges.INDEX, KeyRanges.FROM, KeyRanges.TO));
    }

    private static Path rejectsPart(TableSettings settings, StepExecution step) {
        return PartFiles.part(settings.rejectsFile(), step.getJobExecution().getJobInstance().getInstanceId(),
                step.getExecutionContext().getInt(KeyRanges.INDEX));
    }

    @Bean
    @StepScope
    public ItemStreamReader<RemappedRow> remapTableReader(@Value("#{stepExecution}") StepExecution step,
                                                          SourcePools pools, CatalogConversions conversions,
                                                          ObjectProvider<EnvironmentVariables> environment)
            throws Exception {
        TableSettings settings = RemapTableJob.JOB.settings(step.getJobParameters());
        TableLayout layout = RemapTableJobConfig.layout(step.getJobExecution());
        RowRemapper remapper = new RowRemapper(conversions.get(settings.from(), settings.to()), settings.onSplit(),
                settings.padCodes(), layout.byNames() ? conversions.addresses(settings.from()).lookup() : null,
                layout.commune() != null, layout.byAddress());
        return TableReader.reader(pool(step, pools, environment), layout, settings.chunk(),
                step.getExecutionContext(), remapper::remap);
    }

    @Bean
    @StepScope
    public ItemStreamWriter<RemappedRow> remapTableWriter(@Value("#{stepExecution}") StepExecution step,
                                                          SourcePools pools,
                                                          ObjectProvider<EnvironmentVariables> environment,
                                                          ObjectProvider<ProgressSink> progress) {
        TableSettings settings = RemapTableJob.JOB.settings(step.getJobParameters());
        TableLayout layout = RemapTableJobConfig.layout(step.getJobExecution());
        TableSource db = pool(step, pools, environment);
        TableWriter table = new TableWriter(db, layout, new TargetTable(db, layout),
                progress.getIfAvailable(() -> ProgressSink.NONE), !settings.rejectsToFile(),
                RemapTableJobConfig.writes(step.getJobExecution()));
        if (!settings.rejectsToFile()) {
            return table;
        }
        RejectsFile rejects = new RejectsFile(rejectsPart(settings, step),
                step.getExecutionContext().getInt(KeyRanges.INDEX) == 0 ? RejectsFile.header(layout) : null);
        List<ItemWriter<? super RemappedRow>> writers = new ArrayList<>(List.of(table, rejects));
        return new CompositeItemWriter<>(writers);
    }

    private static TableSource pool(StepExecution step, SourcePools pools,
                                    ObjectProvider<EnvironmentVariables> environment) {
        TableSettings settings = RemapTableJob.JOB.settings(step.getJobParameters());
        return pools.get(step.getJobExecutionId(), () -> RemapTableJobConfig.open(settings, environment,
                Math.max(1, settings.threads())));
    }
}
