package vn.dvhc.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.dvhc.common.AtomicFiles;
import vn.dvhc.common.Json;
import vn.dvhc.domain.readiness.ProgressTable;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;
import vn.dvhc.report.progress.ProgressHistory;

/**
 * The step of {@link ReportJob}: reads the stored runs, the catalog and the checklist, stores the national progress
 * table of this report (the history of the next ones) and writes
 * report.html, report.md and/or report.json into the output folder (created then, if missing), each to a temporary
 * file moved into place.
 * The report (JSON) is kept in the job execution context under {@value ReportJob#SUMMARY} for the command to print.
 */
@Configuration(proxyBeanMethods = false)
public class ReportJobConfig {

    @Bean
    public Job reportJob(JobRepository jobRepository, Step reportWriteStep) {
        return new JobBuilder(ReportJob.NAME, jobRepository).start(reportWriteStep).build();
    }

    @Bean
    public Step reportWriteStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                DSLContext dsl) {
        return new StepBuilder(ReportJob.WRITE_STEP, jobRepository)
                .tasklet((contribution, chunk) -> {
                    var execution = chunk.getStepContext().getStepExecution().getJobExecution();
                    ReportSettings settings = ReportJob.JOB.settings(execution.getJobParameters());
                    CutoverReport report = ReportBuilder.build(dsl, settings, LocalDateTime.now());
                    // In the step's transaction: a report that fails to write its files leaves no figures behind.
                    new ProgressHistory(dsl).store(execution.getId(), report.asOf(),
                            new ProgressTable(report.indicators()));
                    createFolder(settings.outputDir());
                    String json = Json.writePretty(report);
                    for (String format : settings.formats()) {
                        String text = switch (format) {
                            case "html" -> HtmlReport.write(report);
                            case "md" -> MarkdownReport.write(report);
                            case "json" -> json + "\n";
                            default -> throw new IllegalArgumentException("unknown report format " + format);
                        };
                        AtomicFiles.write(settings.outputDir().resolve("report." + format), "the report", out -> out.write(text));
                    }
                    execution.getExecutionContext().putString(ReportJob.SUMMARY, json);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    // Only now that the report is made (its checklist read and checked): a failed report leaves no empty folder.
    private static void createFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot create the folder: " + e.getMessage(),
                    Location.of(dir), "choose another --output", e);
        }
    }
}
