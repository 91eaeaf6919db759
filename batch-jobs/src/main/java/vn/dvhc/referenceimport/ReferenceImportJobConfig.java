package vn.dvhc.referenceimport;

import java.time.Clock;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.ImportOptions;
import vn.dvhc.catalog.ImportReport;
import vn.dvhc.catalog.ReleaseImporter;
import vn.dvhc.catalog.format.ReferenceFormats;
import vn.dvhc.catalog.format.ReleaseDraft;
import vn.dvhc.common.Json;

/** The step of {@link ReferenceImportJob}: read the files, check every release, write them in the step's transaction. */
@Configuration(proxyBeanMethods = false)
public class ReferenceImportJobConfig {

    @Bean
    public Job referenceImportJob(JobRepository jobRepository, Step referenceImportStep) {
        return new JobBuilder(ReferenceImportJob.NAME, jobRepository).start(referenceImportStep).build();
    }

    @Bean
    public Step referenceImportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    Tasklet referenceImportTasklet) {
        return new StepBuilder(ReferenceImportJob.STEP_NAME, jobRepository).tasklet(referenceImportTasklet, transactionManager).build();
    }

    @Bean
    public Tasklet referenceImportTasklet(DSLContext dsl) {
        return (contribution, chunkContext) -> {
            ImportSettings settings = ReferenceImportJob.JOB.settings(contribution.getStepExecution().getJobParameters());
            List<ReleaseDraft> drafts = ReferenceFormats.read(settings.path(),
                    "auto".equals(settings.format()) ? null : ReferenceFormats.Format.fromLabel(settings.format()),
                    settings.releaseId());
            ImportOptions options = new ImportOptions(settings.releaseId(), settings.effective(), settings.predecessor(),
                    settings.replace(), settings.allowUnmapped(), false);
            ImportReport report = new ReleaseImporter(new CatalogRepository(dsl), Clock.systemUTC())
                    .importReleases(drafts, options);
            contribution.getStepExecution().getJobExecution().getExecutionContext().putString(ReferenceImportJob.REPORT, Json.write(report));
            contribution.incrementWriteCount(report.releases().size());
            return RepeatStatus.FINISHED;
        };
    }
}
