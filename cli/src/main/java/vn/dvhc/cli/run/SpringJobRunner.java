package vn.dvhc.cli.run;

import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import vn.dvhc.common.ExitStatuses;
import vn.dvhc.common.EnvironmentVariables;
import vn.dvhc.common.ProgressSink;
import vn.dvhc.common.Timeline;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.ExitCode;
import vn.dvhc.infra.BatchInfraConfig;
import vn.dvhc.infra.Database;
import vn.dvhc.infra.ProcessOwner;

/**
 * Runs a job in a plain Spring context ({@link BatchInfraConfig} plus the job's configuration) built for this
 * one run and closed after it. Before starting, an execution of the same job instance left running by a
 * process that no longer exists (kill -9, power loss) is recovered, so the same command resumes it.
 */
public final class SpringJobRunner implements JobRunner {

    private static final Logger LOG = LogManager.getLogger(SpringJobRunner.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Supplier<Database> database;
    private final Interruption interruption;
    private final Supplier<EnvironmentVariables> environment;

    /** @param environment the command line's environment, which a job reads a password from (never the process') */
    public SpringJobRunner(Supplier<Database> database, Interruption interruption,
                           Supplier<EnvironmentVariables> environment) {
        this.database = database;
        this.interruption = interruption;
        this.environment = environment;
    }

    @Override
    public RunResult run(JobRequest request) {
        Database db = database.get();
        try (AnnotationConfigApplicationContext context = BatchInfraConfig.newContext()) {
            // The database outlives the context (the command may still query it): no destroy method.
            context.registerBean(Database.class, () -> db, definition -> definition.setDestroyMethodName(""));
            context.registerBean(ProgressSink.class, request::progress);
            context.registerBean(EnvironmentVariables.class, environment::get);
            context.register(BatchInfraConfig.class);
            request.job().configs(request.parameters()).forEach(context::register);
            context.refresh();
            Timeline.mark("Spring context of the job");
            JobOperator operator = context.getBean(JobOperator.class);
            JobRepository repository = context.getBean(JobRepository.class);
            Job job = context.getBean(request.job().name(), Job.class);
            StopOnInterrupt stopper = new StopOnInterrupt(repository);
            if (job instanceof AbstractJob abstractJob) {
                abstractJob.registerJobExecutionListener(new ProcessOwner(repository));
                abstractJob.registerJobExecutionListener(stopper);
            }
            checkPreviousExecution(repository, operator, request);
            JobExecution execution;
            try (Interruption.Scope running = interruption.running(stopper)) {
                execution = operator.start(job, ProcessOwner.owned(request.parameters()));
            }
            Timeline.mark("job run (repository writes included)");
            return result(execution, db, interruption.requested());
        } catch (JobInstanceAlreadyCompleteException e) {
            throw alreadyComplete(request, e);
        } catch (JobExecutionAlreadyRunningException e) {
            throw new DvhcException(ErrorCode.JOB_RUNNING, "the same job is already running", null,
                    "wait for it to finish, or see 'dvhc jobs list'", e);
        } catch (JobRestartException | InvalidJobParametersException e) {
            throw new DvhcException(ErrorCode.JOB_FAILED, "cannot start the job: " + e.getMessage(), null,
                    "see 'dvhc jobs list'", e);
        }
    }

    private static void checkPreviousExecution(JobRepository repository, JobOperator operator, JobRequest request) {
        JobInstance instance = repository.getJobInstance(request.job().name(), request.parameters());
        if (instance == null) {
            return;
        }
        JobExecution last = repository.getLastJobExecution(instance);
        if (last == null) {
            // Spring Batch writes the instance and its first execution in two transactions: a process killed
            // between them leaves an instance that its launcher refuses ("Cannot find any job execution"). Nothing
            // ran under it, so it goes and this run starts the instance anew.
            LOG.warn("job instance {} of {} has no execution (its process was killed while starting it); starting anew",
                    instance.getInstanceId(), request.job().name());
            repository.deleteJobInstance(instance);
            return;
        }
        if (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
            // Files kept for a restart that can never come (a crash between the move and their removal, or an
            // abandoned run of an older version): this run is refused, and removes them.
            request.job().deleteRestartFiles(request.parameters(), last.getJobInstance().getInstanceId());
        }
        if (last.getStatus() == BatchStatus.ABANDONED) {
            throw new DvhcException(ErrorCode.JOB_ABANDONED, "execution " + last.getId() + " of the same job (same "
                    + "input, output and options) was abandoned and is never resumed", null,
                    "pass --rerun to start anew, or see 'dvhc jobs show " + last.getId() + "'");
        }
        if (last.getStatus() == BatchStatus.COMPLETED) {
            throw new DvhcException(ErrorCode.JOB_ALREADY_COMPLETE, "this job already completed as execution "
                    + last.getId() + " on " + (last.getEndTime() == null ? "?" : last.getEndTime().format(WHEN))
                    + " with the same input, output and options", null,
                    "nothing to do; pass --rerun to run it again, or see 'dvhc jobs show " + last.getId() + "'");
        }
        if (!last.isRunning()) {
            // A run that died mid-partition can leave step executions marked running under a failed job.
            if (last.getStepExecutions().stream().anyMatch(step -> step.getStatus().isRunning())) {
                operator.recover(last);
            }
            return;
        }
        switch (ProcessOwner.liveness(last)) {
            case ALIVE -> throw new DvhcException(ErrorCode.JOB_RUNNING, "the same job is running as execution "
                    + last.getId() + " (" + ProcessOwner.describe(last) + ", " + started(last) + ")", null,
                    "wait for it to finish, or stop it with 'dvhc jobs stop " + last.getId() + "'");
            case UNKNOWN -> throw new DvhcException(ErrorCode.JOB_RUNNING, "execution " + last.getId()
                    + " of the same job is marked running by " + ProcessOwner.describe(last) + " (" + started(last)
                    + ")", null,
                    "if that process is gone, 'dvhc jobs stop " + last.getId() + "' marks it failed; then run again");
            case DEAD -> {
                LOG.warn("execution {} was left running by {}, which is gone; resuming it", last.getId(),
                        ProcessOwner.describe(last));
                operator.recover(last);
            }
        }
    }

    private static RunResult result(JobExecution execution, Database db, boolean interrupted) {
        BatchStatus status = execution.getStatus();
        if (status == BatchStatus.COMPLETED) {
            boolean findings = ExitStatuses.COMPLETED_WITH_FINDINGS.getExitCode()
                    .equals(execution.getExitStatus().getExitCode());
            return new RunResult(execution, findings ? ExitCode.FINDINGS : ExitCode.OK);
        }
        for (Throwable failure : execution.getAllFailureExceptions()) {
            DvhcException known = DvhcException.find(failure);
            if (known == null) {
                known = db.damage(failure);
            }
            if (known != null) {
                throw known;
            }
        }
        if (interrupted && status == BatchStatus.STOPPED) {
            throw new DvhcException(ErrorCode.INTERRUPTED, Interruption.MESSAGE + " (execution " + execution.getId()
                    + " stopped)", null, null);
        }
        Throwable first = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        ExitStatus exit = execution.getExitStatus();
        String reason = first != null ? String.valueOf(first.getMessage()) : exit.getExitDescription();
        throw new DvhcException(ErrorCode.JOB_FAILED, "the job " + status.name().toLowerCase() + " (execution "
                + execution.getId() + ")" + (reason == null || reason.isBlank() ? "" : ": " + reason), null,
                "fix the cause and run the same command again: it resumes where it stopped", first);
    }

    private static DvhcException alreadyComplete(JobRequest request, JobInstanceAlreadyCompleteException e) {
        return new DvhcException(ErrorCode.JOB_ALREADY_COMPLETE, "this job (" + request.job().name()
                + ") already completed with the same input, output and options", null,
                "nothing to do; pass --rerun to run it again, or see 'dvhc jobs list'", e);
    }

    /**
     * When a running execution started. One that another process has just created has no start time until its
     * job begins: it is "created …, not started yet" rather than a start time nobody has.
     */
    private static String started(JobExecution execution) {
        if (execution.getStartTime() != null) {
            return "started " + execution.getStartTime().format(WHEN);
        }
        return execution.getCreateTime() == null ? "not started yet"
                : "created " + execution.getCreateTime().format(WHEN) + ", not started yet";
    }
}
