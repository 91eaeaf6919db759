package vn.dvhc.procedures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import vn.dvhc.common.Json;
import vn.dvhc.domain.procedure.ProvinceList;

/**
 * The last step: writes changes.csv, conflicts.csv and summary.json, stores the run for the report, and moves
 * every file of the run into place. A list whose temporary files are gone (a restart after they were moved, or
 * removed by hand) is written again: the lists are a pure function of the inputs. The database rows commit with
 * the step, after the moves; if the commit fails, the same command runs this step again.
 */
final class PublishTasklet implements Tasklet {

    private static final Logger LOG = LogManager.getLogger(PublishTasklet.class);

    private final Supplier<RepublishRun> run;
    private final ProcedureRunRepository repository;

    PublishTasklet(Supplier<RepublishRun> run, ProcedureRunRepository repository) {
        this.run = run;
        this.repository = repository;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        RepublishRun current = run.get();
        OutputFiles files = new OutputFiles(current.settings().outputDir(), job.getJobInstance().getInstanceId());
        List<Path> targets = new ArrayList<>();
        for (ProvinceList list : current.republication().provinces()) {
            if (!ProvinceFiles.written(files, list)) {
                ProvinceFiles.write(files, list, current.release().id());
            }
            targets.addAll(ProvinceFiles.targets(files, list));
        }
        Path changes = files.top(OutputFiles.CHANGES);
        files.write(changes, out -> ProcedureCsv.writeChanges(current.republication().changes(), out));
        Path conflicts = files.top(OutputFiles.CONFLICTS);
        files.write(conflicts, out -> ProcedureCsv.writeConflicts(current.republication().provinces(), out));
        Path summaryFile = files.top(OutputFiles.SUMMARY);
        targets.addAll(List.of(changes, conflicts, summaryFile));
        RepublishSummary summary = RepublishSummary.of(job.getId(), current, targets);
        files.write(summaryFile, out -> out.write((Json.writePretty(summary) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        repository.save(summary, current, job.getJobInstance().getInstanceId());
        files.publish(targets);
        job.getExecutionContext().putString(ProceduresRepublishJob.SUMMARY, Json.write(summary));
        contribution.incrementWriteCount(targets.size());
        LOG.info("procedures republish: {} old procedures → {} published rows in {} new provinces; changes {}",
                summary.oldProcedures(), summary.published(), summary.provinces().size(), summary.changes());
        return RepeatStatus.FINISHED;
    }
}
