package vn.dvhc.remap;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.dvhc.common.Json;
import vn.dvhc.remap.address.AddressColumns;
import vn.dvhc.remap.address.NameHeaders;
import vn.dvhc.remap.workbook.RejectsAs;
import vn.dvhc.remap.workbook.WorkbookConversion;
import vn.dvhc.remap.workbook.WorkbookInput;
import vn.dvhc.remap.workbook.WorkbookOutput;
import vn.dvhc.remap.workbook.WorkbookOutputResult;

/**
 * The steps an .xlsx input adds around the remap steps of {@link RemapJobConfig} (present only in the runs of a
 * workbook, see {@link RemapJob#configs}), so that the remap itself reads and writes delimited text as for any input:
 * <ol>
 *   <li>{@value RemapJob#CONVERT_STEP}: the sheet to a work CSV ({@link WorkbookInput}); what it found (sheet, header
 *       row, rows) is kept as {@value RemapJob#CONVERSION} in the job's execution context;</li>
 *   <li>{@value RemapJob#SHEET_OUTPUT_STEP}: with an .xlsx output, the workbook (the input's cells, then the added
 *       columns; the rejects as a sheet or a CSV file); with a CSV output, the rejects rewritten to cite sheet rows
 *       ({@link WorkbookOutput}). Its counts must equal the job's. The run's summary, made by the merge, is
 *       stored again with the whole duration and the execution that finished the run.</li>
 * </ol>
 * Both write whole files under temporary names and rename them, from inputs that do not change during a run, so a
 * restart repeats a failed one and gets the same bytes.
 */
@Configuration(proxyBeanMethods = false)
public class RemapWorkbookConfig {

    /** The two steps, which {@link RemapJobConfig#remapJob} puts first and last when this configuration is present. */
    public record Steps(Step convert, Step output) {
    }

    @Bean
    public Steps remapWorkbookSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    DSLContext dsl) {
        Step convert = new StepBuilder(RemapJob.CONVERT_STEP, jobRepository).tasklet((contribution, chunkContext) -> {
            StepExecution step = contribution.getStepExecution();
            RemapSettings settings = RemapJob.JOB.settings(step.getJobParameters());
            Path csv = RemapFiles.source(settings, instance(step.getJobExecution()));
            WorkbookConversion conversion = WorkbookInput.convert(settings.input(), settings.sheet(),
                    headerNames(settings), csv);
            JobKeys.publish(step, RemapJob.CONVERSION, Json.write(conversion));
            contribution.incrementWriteCount(conversion.dataRows());
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
        Step output = new StepBuilder(RemapJob.SHEET_OUTPUT_STEP, jobRepository).tasklet((contribution, chunkContext) -> {
            JobExecution job = contribution.getStepExecution().getJobExecution();
            RemapSummary summary = writeSheetOutput(job, new JobKeys(jobRepository));
            // The run ends here, not at the merge: its duration, and the execution that finished it.
            long millis = Math.max(1, Duration.between(job.getStartTime(), LocalDateTime.now()).toMillis());
            RemapSummary finished = summary.finishedBy(job.getId(),
                    jobRepository.getJobExecutions(job.getJobInstance()).size() > 1, millis);
            new RemapRunRepository(dsl).replace(summary, finished, instance(job));
            JobKeys.publish(contribution.getStepExecution(), RemapJob.SUMMARY, Json.write(finished));
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
        return new Steps(convert, output);
    }

    /** The layout of the work CSV, with messages naming the sheet and its header row. */
    static InputLayout inspect(StepExecution step, RemapSettings settings, JobRepository jobRepository) {
        WorkbookConversion conversion = conversion(step.getJobExecution(), new JobKeys(jobRepository));
        Path csv = RemapFiles.source(settings, instance(step.getJobExecution()));
        return InputInspector.inspect(csv, conversion.label(), conversion.headerRow(), ",", settings,
                TextEncoding.of(settings.encoding()));
    }

    // Writes the sheet output and returns the summary of the merge, whose counts it matched.
    private static RemapSummary writeSheetOutput(JobExecution job, JobKeys keys) {
        RemapSettings settings = RemapJob.JOB.settings(job.getJobParameters());
        WorkbookConversion conversion = conversion(job, keys);
        RemapFiles files = RemapFiles.of(settings, instance(job));
        RemapSummary summary = Json.read(keys.get(job, RemapJob.SUMMARY, RemapJob.MERGE_STEP), RemapSummary.class);
        long written = summary.rowsWritten();
        long rejected;
        if (settings.workbookOutput()) {
            WorkbookOutputResult result = WorkbookOutput.write(settings.input(), conversion, files.output(),
                    files.rejects(), settings.output(), settings.rejectsInSheet() ? RejectsAs.SHEET : RejectsAs.CSV,
                    settings.rejects());
            written = result.written();
            rejected = result.rejected();
        } else {
            rejected = WorkbookOutput.writeRejects(settings.input(), conversion, files.rejects(), settings.rejects());
        }
        if (written != summary.rowsWritten() || rejected != summary.rowsRejected()) {
            throw new IllegalStateException("the workbook got " + written + " rows and " + rejected + " rejects, the "
                    + "remap wrote " + summary.rowsWritten() + " and rejected " + summary.rowsRejected());
        }
        return summary;
    }

    /**
     * The header is the first row naming a column the remap would read the old commune by (titles above are
     * skipped): the commune code, address and unit-name columns given by options; without any, a commune code column
     * or the address or commune-name column found by their usual names, as for a CSV file ({@link NameColumnFinder}).
     * A column number names no header cell: when the options give only numbers, the header is the first row with text.
     */
    static List<String> headerNames(RemapSettings settings) {
        AddressColumns given = settings.addresses();
        List<String> options = Stream.of(settings.communeColumn(), given.address(), given.communeName(),
                given.districtName(), given.provinceName()).filter(Objects::nonNull).toList();
        if (options.isEmpty()) {
            return Stream.of(ColumnResolver.COMMUNE_NAMES, NameHeaders.COMMUNE, NameHeaders.ADDRESS)
                    .flatMap(List::stream).toList();
        }
        return options.stream().filter(column -> !column.chars().allMatch(Character::isDigit)).toList();
    }

    static WorkbookConversion conversion(JobExecution job, JobKeys keys) {
        return Json.read(keys.get(job, RemapJob.CONVERSION, RemapJob.CONVERT_STEP), WorkbookConversion.class);
    }

    private static long instance(JobExecution job) {
        return job.getJobInstance().getInstanceId();
    }
}
