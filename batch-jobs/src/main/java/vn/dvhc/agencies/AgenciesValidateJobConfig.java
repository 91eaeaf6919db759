package vn.dvhc.agencies;

import org.jooq.DSLContext;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.common.FailOnListener;
import vn.dvhc.common.Json;

/** The step of {@link AgenciesValidateJob}: {@link ValidateTasklet} stores the run and its findings. */
@Configuration(proxyBeanMethods = false)
public class AgenciesValidateJobConfig {

    @Bean
    public Job agenciesValidateJob(JobRepository jobRepository, Step agenciesValidateStep) {
        return new JobBuilder(AgenciesValidateJob.NAME, jobRepository)
                .start(agenciesValidateStep)
                .listener(new FailOnListener(job -> Json.read(job.getExecutionContext().getString(AgenciesValidateJob.SUMMARY),
                        ValidationSummary.class).failsAt(AgencySettings.of(job.getJobParameters()).failOn())))
                .build();
    }

    @Bean
    public Step agenciesValidateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     DSLContext dsl) {
        return new StepBuilder(AgenciesValidateJob.VALIDATE_STEP, jobRepository)
                .tasklet(new ValidateTasklet(new CatalogRepository(dsl), new AgencyRunRepository(dsl)),
                        transactionManager)
                .build();
    }
}
