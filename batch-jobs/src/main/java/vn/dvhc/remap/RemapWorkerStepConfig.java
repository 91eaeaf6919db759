package vn.dvhc.remap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import vn.dvhc.common.FailureCause;
import vn.dvhc.common.Json;
import vn.dvhc.common.PartResume;
import vn.dvhc.common.ProgressSink;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;
import vn.dvhc.remap.address.AddressLookups;

/**
 * The step that remaps one partition, {@value RemapJob#WORKER_STEP}: the same bean runs on the threads of one
 * process and on remote workers ({@code dvhc worker}). Everything it needs is in the job parameters and the
 * partition's execution context, so it can run in any JVM that shares the job repository and the files.
 * <p>
 * The step-scoped beans are declared by their interfaces: their scoped proxies are then JDK proxies. Proxies of
 * the classes are classes that CGLIB generates in every run, 63 ms of a 10-row remap's 1.2 s of CPU on its main
 * thread (issue 17, docs/benchmarks.md). Spring Batch warns, at every step built, that it will not look for
 * listener annotations on such a bean's class; none has any, and the CLI's logging drops that warning.
 */
@Configuration(proxyBeanMethods = false)
public class RemapWorkerStepConfig {

    /** Blocks per commit: the block size follows from {@code --chunk} (rows per commit, rounded up to a multiple). */
    static final int BLOCKS_PER_COMMIT = 10;
    /** Partition execution context key: how long the address gazetteer took to build in the partition's JVM. */
    static final String GAZETTEER_MILLIS = "remap.address.gazetteer.ms";

    /** Named as the step, so that remote workers find it by the name in the partition request. */
    @Bean(name = RemapJob.WORKER_STEP)
    public Step remapWorkerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                ItemStreamReader<RecordBlock> remapReader,
                                ItemProcessor<RecordBlock, OutputBlock> remapProcessor,
                                ItemStreamWriter<OutputBlock> remapWriter) {
        return workerStep(jobRepository, transactionManager, remapReader, remapProcessor, remapWriter, null);
    }

    /**
     * The partition step; with {@code remappers}, the blocks of a chunk are remapped on its threads while this
     * thread reads the next ones, and written in their order by this thread ({@link RemapLocalPartitioning}); the
     * step shuts them down when it ends.
     */
    static Step workerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           ItemStreamReader<RecordBlock> remapReader,
                           ItemProcessor<RecordBlock, OutputBlock> remapProcessor,
                           ItemStreamWriter<OutputBlock> remapWriter, ThreadPoolTaskExecutor remappers) {
        ChunkOrientedStepBuilder<RecordBlock, OutputBlock> step = new StepBuilder(RemapJob.WORKER_STEP, jobRepository)
                .<RecordBlock, OutputBlock>chunk(BLOCKS_PER_COMMIT)
                .reader(remapReader)
                .processor(remapProcessor)
                .writer(remapWriter)
                .transactionManager(transactionManager)
                .listener(partResume())
                .listener(new FailureCause());
        if (remappers != null) {
            step.taskExecutor(remappers).listener(new StepExecutionListener() {
                @Override
                public ExitStatus afterStep(StepExecution stepExecution) {
                    remappers.shutdown();
                    return null;
                }
            });
        }
        return step.build();
    }

    // The output's and the rejects' parts: a repository behind them makes the partition start over (PartResume).
    private static PartResume partResume() {
        return new PartResume(step -> {
            RemapFiles files = RemapFiles.of(RemapJob.JOB.settings(step.getJobParameters()),
                    step.getJobExecution().getJobInstance().getInstanceId());
            int index = Partition.of(step.getExecutionContext()).index();
            return List.of(new PartResume.Part(files.outputPart(index), PartWriter.OUTPUT_POSITION),
                    new PartResume.Part(files.rejectsPart(index), PartWriter.REJECTS_POSITION));
        }, Set.of(Partition.INDEX, Partition.START, Partition.END, Partition.LINE));
    }

    @Bean
    public RemapTables remapTables(DSLContext dsl) {
        return new RemapTables(dsl);
    }

    @Bean
    public AddressLookups remapAddressLookups(DSLContext dsl) {
        return new AddressLookups(dsl);
    }

    @Bean
    @StepScope
    public ItemStreamReader<RecordBlock> remapReader(@Value("#{stepExecution}") StepExecution step,
                                                     ObjectProvider<ProgressSink> progress) {
        RemapSettings settings = RemapJob.JOB.settings(step.getJobParameters());
        InputLayout layout = layout(step);
        Path source = RemapFiles.source(settings, step.getJobExecution().getJobInstance().getInstanceId());
        checkUnchanged(source, layout);
        return new BlockReader(source, layout, TextEncoding.of(layout.encoding()),
                Partition.of(step.getExecutionContext()), blockRows(chunkRows(settings.chunk(), layout)),
                progress.getIfAvailable(() -> ProgressSink.NONE));
    }

    @Bean
    @StepScope
    public ItemProcessor<RecordBlock, OutputBlock> remapProcessor(@Value("#{stepExecution}") StepExecution step,
                                                                  RemapTables tables, AddressLookups addressLookups) {
        InputLayout layout = layout(step);
        RemapSettings settings = RemapJob.JOB.settings(step.getJobParameters());
        RemapTable table = tables.get(settings, layout);
        TextEncoding encoding = TextEncoding.of(layout.encoding());
        SplitResolver splits = SplitResolver.of(settings, table);
        if (!layout.names().any()) {
            return new BlockRemapper(table, splits, layout, encoding, settings.padCodes());
        }
        // Built once per JVM and shared by the partitions; its build time goes to the summary with the partition.
        AddressLookups.Built addresses = addressLookups.get(settings.from());
        step.getExecutionContext().putLong(GAZETTEER_MILLIS, addresses.buildMillis());
        return new BlockRemapper(table, splits, layout, encoding, settings.padCodes(),
                new AddressRows(addresses.lookup(), table, layout, encoding));
    }

    @Bean
    @StepScope
    public ItemStreamWriter<OutputBlock> remapWriter(@Value("#{stepExecution}") StepExecution step) {
        RemapSettings settings = RemapJob.JOB.settings(step.getJobParameters());
        long instance = step.getJobExecution().getJobInstance().getInstanceId();
        return new PartWriter(RemapFiles.source(settings, instance), layout(step), RemapFiles.of(settings, instance),
                Partition.of(step.getExecutionContext()), settings.resolvesSplits());
    }

    /**
     * Rows per commit: {@code --chunk}, else 50,000 (decision 0037), or 10,000 where the communes are read from
     * addresses or names, whose rows in flight hold several times the memory: at 50,000 they outlived the young
     * generation of scripts/dvhc's heap, the old one filled and an address remap's peak RSS rose from 289 to 411 MB.
     */
    static int chunkRows(int chunk, InputLayout layout) {
        if (chunk != RemapSettings.DEFAULT_CHUNK) {
            return chunk;
        }
        return layout.names().any() ? 10_000 : 50_000;
    }

    static int blockRows(int chunk) {
        return Math.max(1, (chunk + BLOCKS_PER_COMMIT - 1) / BLOCKS_PER_COMMIT);
    }

    static InputLayout layout(StepExecution step) {
        return Json.read(step.getJobExecution().getExecutionContext().getString(RemapJob.LAYOUT), InputLayout.class);
    }

    // A restart, or a worker on another machine, must read the bytes the run started with.
    private static void checkUnchanged(Path input, InputLayout layout) {
        try {
            long size = Files.size(input);
            long modified = Files.getLastModifiedTime(input).toMillis();
            if (size != layout.inputBytes() || modified != layout.inputModified()) {
                throw new DvhcException(ErrorCode.INPUT_MALFORMED, "the input changed since this run started",
                        Location.of(input), "put the original file back, or run again with --rerun");
            }
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.INPUT_NOT_FOUND, "cannot read the input: " + e.getMessage(),
                    Location.of(input), "check --input (workers need the same path)", e);
        }
    }
}
