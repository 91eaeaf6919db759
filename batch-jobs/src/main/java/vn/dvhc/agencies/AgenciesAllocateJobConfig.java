package vn.dvhc.agencies;

import java.nio.file.Path;

import org.jooq.DSLContext;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.common.JobParams;

/**
 * {@code agenciesAllocateJob}: proposes codes for the communes without a People's Committee code, in one step,
 * {@value #ALLOCATE_STEP} ({@link AllocateTasklet}). The job instance is identified by the register, H-code table,
 * as-of date and release (see {@link AgencySettings}), the pattern, the first number and the output path: the same
 * command after a success is refused (exit 6) unless {@code --rerun}; after a failure it runs again.
 */
@Configuration(proxyBeanMethods = false)
public class AgenciesAllocateJobConfig {

    public static final String JOB_NAME = "agenciesAllocateJob";
    public static final String ALLOCATE_STEP = "agenciesAllocateJob.allocate";
    /** Job execution context key of the {@link AllocationSummary} (JSON). */
    public static final String SUMMARY = "agencies.allocation";

    @Bean
    public Job agenciesAllocateJob(JobRepository jobRepository, Step agenciesAllocateStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(agenciesAllocateStep).build();
    }

    @Bean
    public Step agenciesAllocateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     DSLContext dsl) {
        return new StepBuilder(ALLOCATE_STEP, jobRepository)
                .tasklet(new AllocateTasklet(new CatalogRepository(dsl)), transactionManager)
                .build();
    }

    /** @param runId null, or a random id that makes the run its own job instance ({@code --rerun}) */
    public static JobParameters parameters(AgencySettings settings, String pattern, int start, Path output,
                                           String runId) {
        JobParametersBuilder params = settings.toJobParameters()
                .addString(JobParams.AGENCIES_PATTERN, pattern)
                .addLong(JobParams.AGENCIES_START, (long) start)
                .addString(JobParams.AGENCIES_OUTPUT, output.toString());
        if (runId != null) {
            params.addString(JobParams.RUN_ID, runId);
        }
        return params.toJobParameters();
    }
}
