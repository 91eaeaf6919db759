package vn.dvhc.agencies;

import org.jooq.DSLContext;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.common.FailOnListener;
import vn.dvhc.common.JobParams;
import vn.dvhc.common.Json;

/**
 * {@code agenciesValidateJob}: checks an agency register (spec §6) in one step, {@value #VALIDATE_STEP}, which
 * stores the run and its findings ({@link ValidateTasklet}); the command formats them. A check is cheap and
 * read-only, so every {@code agencies validate} is its own job instance (a random {@code run.id}): CI can run the
 * same check as often as it likes, and a failed one can still be restarted with {@code dvhc jobs restart}.
 */
@Configuration(proxyBeanMethods = false)
public class AgenciesValidateJobConfig {

    public static final String JOB_NAME = "agenciesValidateJob";
    public static final String VALIDATE_STEP = "agenciesValidateJob.validate";
    /** Job execution context key of the {@link ValidationSummary} (JSON). */
    public static final String SUMMARY = "agencies.summary";

    @Bean
    public Job agenciesValidateJob(JobRepository jobRepository, Step agenciesValidateStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(agenciesValidateStep)
                .listener(new FailOnListener(job -> Json.read(job.getExecutionContext().getString(SUMMARY),
                        ValidationSummary.class).failsAt(AgencySettings.of(job.getJobParameters()).failOn())))
                .build();
    }

    @Bean
    public Step agenciesValidateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     DSLContext dsl) {
        return new StepBuilder(VALIDATE_STEP, jobRepository)
                .tasklet(new ValidateTasklet(new CatalogRepository(dsl), new AgencyRunRepository(dsl)),
                        transactionManager)
                .build();
    }

    public static JobParameters parameters(AgencySettings settings, String runId) {
        return settings.toJobParameters().addString(JobParams.RUN_ID, runId).toJobParameters();
    }
}
