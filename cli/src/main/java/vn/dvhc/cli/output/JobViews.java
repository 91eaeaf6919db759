package vn.dvhc.cli.output;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

import vn.dvhc.common.FailureCause;
import vn.dvhc.infra.ProcessOwner;
import vn.dvhc.jobs.Jobs;

/** What {@code dvhc jobs} prints of job executions: the same records for text and JSON. */
public final class JobViews {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** {@code vn.dvhc.error.DvhcException: } in front of an exception's message. */
    private static final Pattern CLASS_NAME = Pattern.compile("^(?:[\\w$]+\\.)+[\\w$]*(?:Exception|Error): ");

    /**
     * One job execution. {@code cause}: why it failed, from the step that failed first (for remap a partition, whose
     * input error names file and line), where the job's own exit description only says that a step failed.
     * {@code keptForRestart}: the files a restart of it resumes from (remap's part files).
     */
    public record Execution(long id, long instanceId, String job, String status, String exitCode, String exitDescription,
                     String cause, String started, String ended, Double seconds, String owner, String subject,
                     Map<String, String> parameters, List<Step> steps, List<String> keptForRestart) {
    }

    /** One step execution of a job execution (a partition is a step of its own). */
    public record Step(long id, String name, String status, long read, long written, long filtered, long commits,
                long rollbacks, Double seconds, String exitDescription) {
    }

    private JobViews() {
    }

    public static Execution view(JobExecution e, boolean withSteps) {
        return view(e, withSteps, List.of());
    }

    public static Execution view(JobExecution e, boolean withSteps, List<Path> keptForRestart) {
        Map<String, String> parameters = new LinkedHashMap<>();
        e.getJobParameters().parameters().stream()
                .filter(p -> !ProcessOwner.isOwnerParameter(p.name()))
                .sorted(Comparator.comparing(JobParameter::name))
                .forEach(p -> parameters.put(p.name(), String.valueOf(p.value())));
        List<Step> steps = withSteps ? e.getStepExecutions().stream()
                .sorted(Comparator.comparingLong(StepExecution::getId))
                .map(JobViews::step).toList() : List.of();
        ExitStatus exit = e.getExitStatus();
        return new Execution(e.getId(), e.getJobInstance().getInstanceId(), e.getJobInstance().getJobName(),
                e.getStatus().name(), exit.getExitCode(), firstLine(exit.getExitDescription()), cause(e),
                when(e.getStartTime()), when(e.getEndTime()), seconds(e.getStartTime(), e.getEndTime()),
                e.getStatus().isRunning() ? ProcessOwner.describe(e) : null, subject(e.getJobInstance().getJobName(), e.getJobParameters()),
                parameters, steps, keptForRestart.stream().map(Path::toString).toList());
    }

    // The first line of the exception of the step that failed first, partitions before the step that ran them
    // (whose exception only says that a partition failed); its class name left out. A stopped run says so in words:
    // Spring Batch's description of it is the class name of JobInterruptedException.
    private static String cause(JobExecution e) {
        String description = e.getExitStatus().getExitDescription();
        if (e.getStatus() == BatchStatus.STOPPED || description != null
                && description.startsWith(JobInterruptedException.class.getName())) {
            return "stopped (Ctrl-C or 'dvhc jobs stop') before it finished; resume it with 'dvhc jobs restart "
                    + e.getId() + "' or by running the same command again";
        }
        if (e.getStatus() != BatchStatus.FAILED) {
            return null;
        }
        return e.getStepExecutions().stream()
                .filter(s -> s.getStatus() == BatchStatus.FAILED && firstLine(s.getExitStatus().getExitDescription()) != null)
                .sorted(Comparator.comparing((StepExecution s) -> !s.getStepName().contains(":"))
                        .thenComparingLong(StepExecution::getId))
                .findFirst()
                .map(s -> (FailureCause.of(s) != null ? FailureCause.of(s)
                        : CLASS_NAME.matcher(firstLine(s.getExitStatus().getExitDescription())).replaceFirst(""))
                        + " (step " + s.getStepName() + ")")
                .orElse(null);
    }

    private static Step step(StepExecution s) {
        return new Step(s.getId(), s.getStepName(), s.getStatus().name(), s.getReadCount(), s.getWriteCount(),
                s.getFilterCount(), s.getCommitCount(), s.getRollbackCount(), seconds(s.getStartTime(), s.getEndTime()),
                firstLine(s.getExitStatus().getExitDescription()));
    }

    // What the run was about, in a few words, as its job says.
    private static String subject(String job, JobParameters parameters) {
        return Jobs.named(job).map(definition -> definition.describe(parameters)).orElse("");
    }

    public static void printList(PrintWriter out, List<Execution> executions) {
        if (executions.isEmpty()) {
            out.println("No job executions in this database yet.");
            return;
        }
        TextTable table = new TextTable("ID", "JOB", "STATUS", "STARTED", "DURATION", "WHAT").right(0, 4);
        for (Execution e : executions) {
            table.row(e.id(), e.job(), e.status(), e.started() == null ? "-" : e.started(), duration(e.seconds()),
                    e.subject());
        }
        table.print(out);
    }

    public static void printOne(PrintWriter out, Execution e) {
        out.println("Execution " + e.id() + " of " + e.job() + " (instance " + e.instanceId() + "): " + e.status()
                + (e.exitCode().equals(e.status()) ? "" : ", exit " + e.exitCode()));
        out.println("  started  " + (e.started() == null ? "-" : e.started()));
        out.println("  ended    " + (e.ended() == null ? "-" : e.ended()) + "   (" + duration(e.seconds()) + ")");
        if (e.owner() != null) {
            out.println("  run by   " + e.owner());
        }
        String reason = e.cause() != null ? e.cause() : e.exitDescription();
        if (reason != null && !reason.isBlank()) {
            out.println("  reason   " + reason);
        }
        if (!e.keptForRestart().isEmpty()) {
            out.println("  kept for restart (the same command, or 'dvhc jobs restart " + e.id() + "', resumes from "
                    + "them; 'dvhc jobs abandon " + e.id() + "' removes them):");
            e.keptForRestart().forEach(file -> out.println("           " + file));
        }
        out.println("Parameters:");
        e.parameters().forEach((name, value) -> out.println("  " + name + " = " + value));
        out.println("Steps:");
        // Items, as Spring Batch counts them: for remap an item is a block of rows (the rows are in its summary).
        TextTable table = new TextTable("ID", "STEP", "STATUS", "READ", "WRITTEN", "FILTERED", "COMMITS", "DURATION")
                .right(0, 3, 4, 5, 6, 7);
        for (Step s : e.steps()) {
            table.row(s.id(), s.name(), s.status(), s.read(), s.written(), s.filtered(), s.commits(),
                    duration(s.seconds()));
        }
        table.print(out);
    }

    private static String when(LocalDateTime time) {
        return time == null ? null : time.format(WHEN);
    }

    private static Double seconds(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? null : Duration.between(start, end).toMillis() / 1000.0;
    }

    private static String duration(Double seconds) {
        return seconds == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f s", seconds);
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
