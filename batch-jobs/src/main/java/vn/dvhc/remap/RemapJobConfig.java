package vn.dvhc.remap;

import java.nio.file.Path;

import org.jooq.DSLContext;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

import vn.dvhc.common.Json;

/**
 * {@code remapJob}: remaps the old unit codes of a delimited file to the release in force (spec §5).
 * <ol>
 *   <li>{@value #PREPARE_STEP}: reads the header, finds the code columns, keeps the {@link InputLayout};</li>
 *   <li>{@value #REMAP_STEP}: splits the rows into byte ranges, one {@value #WORKER_STEP} per range, run by the
 *       {@link PartitionHandler} the command adds ({@link RemapLocalPartitioning}: {@code --threads} threads;
 *       {@link RemapRemotePartitioning}: workers behind a message broker); each reads blocks of rows, remaps them
 *       and writes its temporary files, committing every {@code --chunk} rows;</li>
 *   <li>{@value #MERGE_STEP}: checks rows read = written + rejected, joins the parts, moves the output and the
 *       rejects into place, stores the {@link RemapSummary}.</li>
 * </ol>
 * A killed run resumes from the last commit of each partition; see the package README.
 */
@Configuration(proxyBeanMethods = false)
@Import(RemapWorkerStepConfig.class)
public class RemapJobConfig {

    public static final String JOB_NAME = "remapJob";
    public static final String PREPARE_STEP = "remapJob.prepare";
    public static final String REMAP_STEP = "remapJob.remap";
    public static final String WORKER_STEP = "remapJob.remapPartition";
    public static final String MERGE_STEP = "remapJob.merge";
    /** Job execution context keys. */
    public static final String LAYOUT = "remap.layout";
    public static final String SUMMARY = "remap.summary";

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
        return new RemapPartitioner(Path.of(input), Json.read(layout, InputLayout.class));
    }

    @Bean
    public Step remapMergeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               RemapTables remapTables, DSLContext dsl) {
        return new StepBuilder(MERGE_STEP, jobRepository).tasklet((contribution, chunkContext) -> {
            StepExecution step = contribution.getStepExecution();
            RemapSettings settings = RemapSettings.of(step.getJobParameters());
            RemapTable table = remapTables.get(settings, RemapWorkerStepConfig.layout(step));
            return new RemapMergeTasklet(jobRepository, settings, table, new RemapRunRepository(dsl))
                    .execute(contribution, chunkContext);
        }, transactionManager).build();
    }
}
