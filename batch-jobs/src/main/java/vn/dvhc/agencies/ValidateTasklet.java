package vn.dvhc.agencies;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.common.Json;

/**
 * Reads the register, checks it, and stores the run and every finding for the report and for the command's output.
 * Read-only on the register: a failed execution simply runs again ({@code dvhc jobs restart}).
 */
final class ValidateTasklet implements Tasklet {

    private static final Logger LOG = LogManager.getLogger(ValidateTasklet.class);

    private final CatalogRepository catalog;
    private final AgencyRunRepository runs;

    ValidateTasklet(CatalogRepository catalog, AgencyRunRepository runs) {
        this.catalog = catalog;
        this.runs = runs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        AgencySettings settings = AgencySettings.of(job.getJobParameters());
        AgencyCheckRun run = AgencyCheckRun.of(settings, catalog);
        ValidationSummary summary = ValidationSummary.of(job.getId(), settings, run);
        runs.save(summary, run.result().findings(), job.getJobInstance().getInstanceId());
        job.getExecutionContext().putString(AgenciesValidateJob.SUMMARY, Json.write(summary));
        contribution.incrementWriteCount(run.result().findings().size());
        LOG.info("agencies validate {}: {} agencies, {} errors, {} warnings, {} infos", settings.register(),
                summary.agencies(), summary.errors(), summary.warnings(), summary.infos());
        return RepeatStatus.FINISHED;
    }
}
