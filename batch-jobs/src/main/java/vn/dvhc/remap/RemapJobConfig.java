package vn.dvhc.remap;

import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.ConversionTable;
import vn.dvhc.catalog.ReleaseChain;
import vn.dvhc.common.Json;
import vn.dvhc.common.ProgressSink;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * {@code remapJob}: remaps the old unit codes of a delimited file to the release in force (spec §5).
 * <ol>
 *   <li>{@value #PREPARE_STEP}: reads the header, finds the code columns, keeps the {@link InputLayout};</li>
 *   <li>{@value #REMAP_STEP}: splits the rows into byte ranges, one {@value #WORKER_STEP} per range on
 *       {@code --threads} threads; each reads blocks of rows, remaps them and writes its temporary files,
 *       committing every {@code --chunk} rows;</li>
 *   <li>{@value #MERGE_STEP}: checks rows read = written + rejected, joins the parts, moves the output and the
 *       rejects into place, stores the {@link RemapSummary}.</li>
 * </ol>
 * A killed run resumes from the last commit of each partition; see the package README.
 */
@Configuration(proxyBeanMethods = false)
public class RemapJobConfig {

    public static final String JOB_NAME = "remapJob";
    public static final String PREPARE_STEP = "remapJob.prepare";
    public static final String REMAP_STEP = "remapJob.remap";
    public static final String WORKER_STEP = "remapJob.remapPartition";
    public static final String MERGE_STEP = "remapJob.merge";
    /** Job execution context keys. */
    public static final String LAYOUT = "remap.layout";
    public static final String SUMMARY = "remap.summary";
    /** Rows per item: handling rows in blocks keeps the framework's per-item cost out of the per-row budget. */
    static final int BLOCK_ROWS = 1000;

    @Bean
    public Job remapJob(JobRepository jobRepository, Step remapPrepareStep, Step remapStep, Step remapMergeStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(remapPrepareStep).next(remapStep).next(remapMergeStep)
                .listener(new RemapJobListener())
                .build();
    }

    @Bean
    public Step remapPrepareStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new StepBuilder(PREPARE_STEP, jobRepository).tasklet((contribution, chunkContext) -> {
            StepExecution step = contribution.getStepExecution();
            RemapSettings settings = RemapSettings.of(step.getJobParameters());
            InputLayout layout = InputInspector.inspect(settings, TextEncoding.of(settings.encoding()));
            step.getJobExecution().getExecutionContext().putString(LAYOUT, Json.write(layout));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    public Step remapStep(JobRepository jobRepository, PartitionHandler remapPartitionHandler,
                          RemapPartitioner remapPartitioner) {
        return new StepBuilder(REMAP_STEP, jobRepository)
                .partitioner(WORKER_STEP, remapPartitioner)
                .partitionHandler(remapPartitionHandler)
                .build();
    }

    @Bean
    @JobScope
    public RemapPartitioner remapPartitioner(@Value("#{jobParameters['input.file']}") String input,
                                             @Value("#{jobExecutionContext['" + LAYOUT + "']}") String layout) {
        return new RemapPartitioner(java.nio.file.Path.of(input), Json.read(layout, InputLayout.class));
    }

    /**
     * The partitions run on {@code --threads} threads; the worker step is built here because its commit interval
     * comes from the job parameters (a job-scoped step bean would not be in scope on the partition threads).
     */
    @Bean
    @JobScope
    public TaskExecutorPartitionHandler remapPartitionHandler(JobRepository jobRepository,
                                                              PlatformTransactionManager transactionManager,
                                                              BlockReader remapReader, BlockRemapper remapProcessor,
                                                              PartWriter remapWriter,
                                                              @Value("#{jobParameters['remap.threads']}") Long threads,
                                                              @Value("#{jobParameters['remap.chunk']}") Long chunk)
            throws Exception {
        int blocksPerCommit = Math.max(1, (int) Math.ceil(chunk / (double) Math.min(BLOCK_ROWS, chunk)));
        Step worker = new StepBuilder(WORKER_STEP, jobRepository)
                .<RecordBlock, OutputBlock>chunk(blocksPerCommit)
                .reader(remapReader)
                .processor(remapProcessor)
                .writer(remapWriter)
                .transactionManager(transactionManager)
                .build();
        if (worker instanceof InitializingBean initializing) {
            initializing.afterPropertiesSet();
        }
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(worker);
        handler.setGridSize(Math.toIntExact(threads));
        handler.setTaskExecutor(executor(Math.toIntExact(threads)));
        return handler;
    }

    private static TaskExecutor executor(int threads) {
        if (threads <= 1) {
            return new SyncTaskExecutor();
        }
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("remap-");
        executor.setConcurrencyLimit(threads);
        return executor;
    }

    @Bean
    @StepScope
    public BlockReader remapReader(@Value("#{stepExecution}") StepExecution step, ObjectProvider<ProgressSink> progress) {
        RemapSettings settings = RemapSettings.of(step.getJobParameters());
        InputLayout layout = layout(step);
        checkUnchanged(settings, layout);
        return new BlockReader(settings.input(), layout, TextEncoding.of(layout.encoding()),
                Partition.of(step.getExecutionContext()), blockRows(settings), progress.getIfAvailable(() -> ProgressSink.NONE));
    }

    @Bean
    @StepScope
    public BlockRemapper remapProcessor(@Value("#{stepExecution}") StepExecution step, Supplier<RemapTable> remapTable) {
        InputLayout layout = layout(step);
        return new BlockRemapper(remapTable.get(), layout, TextEncoding.of(layout.encoding()));
    }

    @Bean
    @StepScope
    public PartWriter remapWriter(@Value("#{stepExecution}") StepExecution step) {
        RemapSettings settings = RemapSettings.of(step.getJobParameters());
        RemapFiles files = new RemapFiles(settings.output(), settings.rejects(),
                step.getJobExecution().getJobInstance().getInstanceId());
        return new PartWriter(settings.input(), layout(step), files, Partition.of(step.getExecutionContext()).index());
    }

    /** One table per job execution, shared by its partitions (a supplier: the scoped proxy forwards calls, not fields). */
    @Bean
    @JobScope
    public Supplier<RemapTable> remapTable(DSLContext dsl,
                                 @Value("#{jobExecutionContext['" + LAYOUT + "']}") String layoutJson,
                                 @Value("#{jobParameters['release.from']}") String from,
                                 @Value("#{jobParameters['release.to']}") String to,
                                 @Value("#{jobParameters['remap.on.split']}") String onSplit) {
        InputLayout layout = Json.read(layoutJson, InputLayout.class);
        CatalogRepository repository = new CatalogRepository(dsl);
        ReleaseChain chain = new ReleaseChain(repository.releases());
        var path = chain.path(from, null);
        int end = 0;
        while (end < path.size() && !path.get(end).id().equals(to)) {
            end++;
        }
        if (end == path.size()) {
            throw new DvhcException(ErrorCode.REFERENCE_MISSING, "release " + to + " does not follow " + from
                    + " on the chain", null, "see 'dvhc reference list'");
        }
        RemapTable table = RemapTable.build(ConversionTable.build(repository, path.subList(0, end + 1)),
                OnSplit.valueOf(onSplit), TextEncoding.of(layout.encoding()), layout.delimiter());
        return () -> table;
    }

    @Bean
    public Step remapMergeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               Supplier<RemapTable> remapTable, DSLContext dsl) {
        return new StepBuilder(MERGE_STEP, jobRepository).tasklet((contribution, chunkContext) -> {
            RemapSettings settings = RemapSettings.of(contribution.getStepExecution().getJobParameters());
            return new RemapMergeTasklet(jobRepository, settings, remapTable.get(), new RemapRunRepository(dsl))
                    .execute(contribution, chunkContext);
        }, transactionManager).build();
    }

    private static InputLayout layout(StepExecution step) {
        return Json.read(step.getJobExecution().getExecutionContext().getString(LAYOUT), InputLayout.class);
    }

    private static int blockRows(RemapSettings settings) {
        return Math.min(BLOCK_ROWS, settings.chunk());
    }

    // A restart must read the bytes the interrupted run read.
    private static void checkUnchanged(RemapSettings settings, InputLayout layout) {
        try {
            long size = java.nio.file.Files.size(settings.input());
            long modified = java.nio.file.Files.getLastModifiedTime(settings.input()).toMillis();
            if (size != layout.inputBytes() || modified != layout.inputModified()) {
                throw new DvhcException(ErrorCode.INPUT_MALFORMED, "the input changed since this run started",
                        Location.of(settings.input()), "put the original file back, or run again with --rerun");
            }
        } catch (java.io.IOException e) {
            throw new DvhcException(ErrorCode.INPUT_NOT_FOUND, "cannot read the input: " + e.getMessage(),
                    Location.of(settings.input()), "check --input", e);
        }
    }
}
