package vn.dvhc.referenceimport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
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
import vn.dvhc.common.JobParams;

/**
 * {@code reference import}: one tasklet step that reads the files, validates every release and writes them in
 * the step's single transaction, so a failed import leaves the catalog as it was. Each run is its own job
 * instance ({@code run.id}): re-importing identical files is a no-op of the importer, not a refused job. The
 * {@link ImportReport} is left in the job's execution context under {@link #REPORT}.
 */
@Configuration(proxyBeanMethods = false)
public class ReferenceImportJobConfig {

    public static final String JOB_NAME = "referenceImportJob";
    public static final String STEP_NAME = "referenceImportJob.import";
    public static final String REPORT = "referenceImport.report";

    @Bean
    public Job referenceImportJob(JobRepository jobRepository, Step referenceImportStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(referenceImportStep).build();
    }

    @Bean
    public Step referenceImportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    Tasklet referenceImportTasklet) {
        return new StepBuilder(STEP_NAME, jobRepository).tasklet(referenceImportTasklet, transactionManager).build();
    }

    @Bean
    public Tasklet referenceImportTasklet(DSLContext dsl) {
        return (contribution, chunkContext) -> {
            JobParameters params = contribution.getStepExecution().getJobParameters();
            String format = params.getString(JobParams.IMPORT_FORMAT);
            List<ReleaseDraft> drafts = ReferenceFormats.read(Path.of(params.getString(JobParams.INPUT_FILE)),
                    "auto".equals(format) ? null : ReferenceFormats.Format.fromLabel(format),
                    params.getString(JobParams.RELEASE_ID));
            String effective = params.getString(JobParams.RELEASE_EFFECTIVE);
            ImportOptions options = new ImportOptions(params.getString(JobParams.RELEASE_ID),
                    effective == null ? null : LocalDate.parse(effective),
                    params.getString(JobParams.RELEASE_PREDECESSOR),
                    "true".equals(params.getString(JobParams.IMPORT_REPLACE)),
                    "true".equals(params.getString(JobParams.IMPORT_ALLOW_UNMAPPED)), false);
            ImportReport report = new ReleaseImporter(new CatalogRepository(dsl), Clock.systemUTC())
                    .importReleases(drafts, options);
            contribution.getStepExecution().getJobExecution().getExecutionContext().putString(REPORT, Json.write(report));
            contribution.incrementWriteCount(report.releases().size());
            return RepeatStatus.FINISHED;
        };
    }
}
