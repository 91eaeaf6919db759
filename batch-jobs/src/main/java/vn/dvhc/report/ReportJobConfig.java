package vn.dvhc.report;

import java.nio.file.Files;
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

/**
 * {@code reportJob}: one step, {@value #WRITE_STEP}, reads the stored runs and the catalog and writes
 * report.html, report.md and/or report.json into the output folder, each to a temporary file moved into place.
 * The report (JSON) is kept in the job execution context under {@value #SUMMARY} for the command to print.
 */
@Configuration(proxyBeanMethods = false)
public class ReportJobConfig {

    public static final String JOB_NAME = "reportJob";
    public static final String WRITE_STEP = "reportJob.write";
    public static final String SUMMARY = "report.summary";

    @Bean
    public Job reportJob(JobRepository jobRepository, Step reportWriteStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(reportWriteStep).build();
    }

    @Bean
    public Step reportWriteStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                DSLContext dsl) {
        return new StepBuilder(WRITE_STEP, jobRepository)
                .tasklet((contribution, chunk) -> {
                    var execution = chunk.getStepContext().getStepExecution().getJobExecution();
                    ReportSettings settings = ReportSettings.of(execution.getJobParameters());
                    CutoverReport report = ReportBuilder.build(dsl, settings, LocalDateTime.now());
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
                    execution.getExecutionContext().putString(SUMMARY, json);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
