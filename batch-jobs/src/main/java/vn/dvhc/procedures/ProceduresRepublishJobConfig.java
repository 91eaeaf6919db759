package vn.dvhc.procedures;

import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.common.FailOnListener;
import vn.dvhc.common.Json;
import vn.dvhc.domain.procedure.ProvinceList;

/**
 * {@code proceduresRepublishJob}: re-publishes the old provinces' procedure catalogues as the lists of the new
 * provinces (spec §7).
 * <ol>
 *   <li>{@value ProceduresRepublishJob#REPUBLISH_STEP}: reads the catalogues, rules, crosswalk and the reference catalog once per
 *       execution ({@link RepublicationLoader}), then writes each new province's list to temporary files, one
 *       province per commit;</li>
 *   <li>{@value ProceduresRepublishJob#PUBLISH_STEP}: writes changes.csv, conflicts.csv and summary.json, stores the run for the report
 *       and moves every file into place ({@link PublishTasklet}).</li>
 * </ol>
 * A {@link FailOnListener} turns orphans (and conflicts) into exit code 1 per {@code --fail-on}. See the package
 * README.
 */
@Configuration(proxyBeanMethods = false)
public class ProceduresRepublishJobConfig {

    @Bean
    public Job proceduresRepublishJob(JobRepository jobRepository, Step proceduresRepublishStep,
                                      Step proceduresPublishStep) {
        return new JobBuilder(ProceduresRepublishJob.NAME, jobRepository)
                .start(proceduresRepublishStep).next(proceduresPublishStep)
                .listener(new FailOnListener(job -> Json.read(job.getExecutionContext().getString(ProceduresRepublishJob.SUMMARY),
                        RepublishSummary.class).failsAt(ProceduresRepublishJob.JOB.settings(job.getJobParameters()).failOn())))
                .build();
    }

    /** The inputs as read and the lists computed from them, once per job execution (a supplier: the scoped proxy forwards calls). */
    @Bean
    @JobScope
    public Supplier<RepublishRun> proceduresRun(DSLContext dsl, @Value("#{jobExecution}") JobExecution execution) {
        RepublishRun run = RepublicationLoader.load(ProceduresRepublishJob.JOB.settings(execution.getJobParameters()),
                new CatalogRepository(dsl));
        return () -> run;
    }

    @Bean
    public Step proceduresRepublishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                        ProvinceListReader proceduresReader, ProvinceListWriter proceduresWriter) {
        return new StepBuilder(ProceduresRepublishJob.REPUBLISH_STEP, jobRepository)
                .<ProvinceList, ProvinceList>chunk(1)
                .reader(proceduresReader)
                .writer(proceduresWriter)
                .transactionManager(transactionManager)
                .build();
    }

    @Bean
    @StepScope
    public ProvinceListReader proceduresReader(Supplier<RepublishRun> proceduresRun) {
        return new ProvinceListReader(proceduresRun);
    }

    @Bean
    @StepScope
    public ProvinceListWriter proceduresWriter(Supplier<RepublishRun> proceduresRun,
                                               @Value("#{stepExecution}") StepExecution step) {
        RepublishSettings settings = ProceduresRepublishJob.JOB.settings(step.getJobParameters());
        return new ProvinceListWriter(proceduresRun,
                new OutputFiles(settings.outputDir(), step.getJobExecution().getJobInstance().getInstanceId()));
    }

    @Bean
    public Step proceduresPublishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                      Supplier<RepublishRun> proceduresRun, DSLContext dsl) {
        return new StepBuilder(ProceduresRepublishJob.PUBLISH_STEP, jobRepository)
                .tasklet(new PublishTasklet(proceduresRun, new ProcedureRunRepository(dsl)), transactionManager)
                .build();
    }
}
