package vn.dvhc.remap;

import java.nio.file.Path;

import org.jooq.DSLContext;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

import vn.dvhc.common.Json;

/**
 * The steps of {@code remapJob} ({@link RemapJob}): remaps the old unit codes of a delimited file to the release in
 * force (spec §5).
 * <ol>
 *   <li>{@value RemapJob#PREPARE_STEP}: reads the header, finds the code columns, keeps the {@link InputLayout};
 *       checks {@code --split-rules};</li>
 *   <li>{@value RemapJob#REMAP_STEP}: splits the rows into byte ranges, one {@value RemapJob#WORKER_STEP} per range, run by the
 *       {@link PartitionHandler} the command adds ({@link RemapLocalPartitioning}: {@code --threads} threads;
 *       {@link RemapRemotePartitioning}: workers behind a message broker); each reads blocks of rows, remaps them
 *       and writes its temporary files, committing every {@code --chunk} rows;</li>
 *   <li>{@value RemapJob#MERGE_STEP}: checks rows read = written + rejected, joins the parts, moves the output and the
 *       rejects into place, stores the {@link RemapSummary}.</li>
 * </ol>
 * A killed run resumes from the last commit of each partition; see the package README. An .xlsx input adds a step
 * before and one after these ({@link RemapWorkbookConfig}).
 */
@Configuration(proxyBeanMethods = false)
@Import(RemapWorkerStepConfig.class)
public class RemapJobConfig {

    @Bean
    public Job remapJob(JobRepository jobRepository, DSLContext dsl, Step remapPrepareStep, Step remapStep,
                        Step remapMergeStep, ObjectProvider<RemapWorkbookConfig.Steps> workbook) {
        RemapWorkbookConfig.Steps sheet = workbook.getIfAvailable();
        JobBuilder builder = new JobBuilder(RemapJob.NAME, jobRepository);
        SimpleJobBuilder job = sheet == null ? builder.start(remapPrepareStep)
                : builder.start(sheet.convert()).next(remapPrepareStep);
        job.next(remapStep).next(remapMergeStep);
        if (sheet != null) {
            job.next(sheet.output());
        }
        return job.listener(new RemapJobListener(jobRepository, dsl)).build();
    }

    @Bean
    public Step remapPrepareStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 RemapTables remapTables) {
        return new StepBuilder(RemapJob.PREPARE_STEP, jobRepository).tasklet((contribution, chunkContext) -> {
            StepExecution step = contribution.getStepExecution();
            RemapSettings settings = RemapJob.JOB.settings(step.getJobParameters());
            InputLayout layout = settings.workbook() ? RemapWorkbookConfig.inspect(step, settings, jobRepository)
                    : InputInspector.inspect(settings, TextEncoding.of(settings.encoding()));
            if (settings.splits().rules() != null) {
                // A bad rule stops the run here, before any row is written (spec §5b).
                SplitResolver.rules(settings, remapTables.get(settings, layout));
            }
            JobKeys.publish(step, RemapJob.LAYOUT, Json.write(layout));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    public Step remapStep(JobRepository jobRepository, PartitionHandler remapPartitionHandler,
                          Partitioner remapPartitioner) {
        return new StepBuilder(RemapJob.REMAP_STEP, jobRepository)
                .partitioner(RemapJob.WORKER_STEP, remapPartitioner)
                .splitter(new RemapStepSplitter(jobRepository, RemapJob.WORKER_STEP, remapPartitioner))
                .partitionHandler(remapPartitionHandler)
                .build();
    }

    @Bean
    @JobScope
    public Partitioner remapPartitioner(@Value("#{jobExecution}") JobExecution job, JobRepository jobRepository) {
        Path source = RemapFiles.source(RemapJob.JOB.settings(job.getJobParameters()), job.getJobInstance().getInstanceId());
        // Its workers (local or remote) read the layout from the job's context, which this restores if it was lost.
        return new RemapPartitioner(source, layout(job, jobRepository));
    }

    @Bean
    public Step remapMergeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               RemapTables remapTables, DSLContext dsl) {
        return new StepBuilder(RemapJob.MERGE_STEP, jobRepository).tasklet((contribution, chunkContext) -> {
            StepExecution step = contribution.getStepExecution();
            RemapSettings settings = RemapJob.JOB.settings(step.getJobParameters());
            InputLayout layout = layout(step.getJobExecution(), jobRepository);
            RemapTable table = remapTables.get(settings, layout);
            return new RemapMergeTasklet(jobRepository, settings, table, new RemapRunRepository(dsl), layout)
                    .execute(contribution, chunkContext);
        }, transactionManager).build();
    }

    /** The input's layout that the prepare step left the job (JobKeys: also when the job lost its record of it). */
    private static InputLayout layout(JobExecution job, JobRepository jobRepository) {
        return Json.read(new JobKeys(jobRepository).get(job, RemapJob.LAYOUT, RemapJob.PREPARE_STEP),
                InputLayout.class);
    }
}
