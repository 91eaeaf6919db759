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

/** The step of {@link AgenciesAllocateJob}: {@link AllocateTasklet} writes the proposals. */
@Configuration(proxyBeanMethods = false)
public class AgenciesAllocateJobConfig {

    @Bean
    public Job agenciesAllocateJob(JobRepository jobRepository, Step agenciesAllocateStep) {
        return new JobBuilder(AgenciesAllocateJob.NAME, jobRepository).start(agenciesAllocateStep).build();
    }

    @Bean
    public Step agenciesAllocateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     DSLContext dsl) {
        return new StepBuilder(AgenciesAllocateJob.ALLOCATE_STEP, jobRepository)
                .tasklet(new AllocateTasklet(new CatalogRepository(dsl)), transactionManager)
                .build();
    }
}
