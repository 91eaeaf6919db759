package vn.dvhc.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Records which process runs a job execution (host, pid, the process's start time), so that after a kill -9 or
 * a power loss the next run can tell a dead execution (recover it and resume) from a live one (refuse, exit 6).
 * Spring Batch alone cannot tell them apart: both stay STARTED in the repository.
 */
public final class ProcessOwner implements JobExecutionListener {

    static final String HOST = "dvhc.owner.host";
    static final String PID = "dvhc.owner.pid";
    static final String STARTED = "dvhc.owner.started";

    /** What can be known of the process that left an execution running. */
    public enum Liveness { ALIVE, DEAD, UNKNOWN }

    private final JobRepository repository;

    public ProcessOwner(JobRepository repository) {
        this.repository = repository;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        ProcessHandle self = ProcessHandle.current();
        context.putString(HOST, hostName());
        context.putLong(PID, self.pid());
        context.putString(STARTED, self.info().startInstant().map(Instant::toString).orElse(""));
        repository.updateExecutionContext(execution);
    }

    /**
     * The parameters with this process as their owner, as non-identifying parameters: Spring Batch stores them with
     * the execution when it creates it, before any listener runs, so an execution killed between its creation and
     * {@link #beforeJob} still says whose it was (KillStressIT found one "marked running by an unknown process").
     */
    public static JobParameters owned(JobParameters parameters) {
        ProcessHandle self = ProcessHandle.current();
        return new JobParametersBuilder(parameters)
                .addString(HOST, hostName(), false)
                .addLong(PID, self.pid(), false)
                .addString(STARTED, self.info().startInstant().map(Instant::toString).orElse(""), false)
                .toJobParameters();
    }

    /** Whether a job parameter is one of {@link #owned}'s, not the job's own. */
    public static boolean isOwnerParameter(String name) {
        return name.equals(HOST) || name.equals(PID) || name.equals(STARTED);
    }

    /** Whether the process that runs (or ran) an execution is still alive. */
    public static Liveness liveness(JobExecution execution) {
        ExecutionContext context = owner(execution);
        if (!context.containsKey(PID) || !hostName().equals(context.getString(HOST, ""))) {
            return Liveness.UNKNOWN;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(context.getLong(PID));
        String started = context.getString(STARTED, "");
        boolean same = process.filter(ProcessHandle::isAlive).filter(p -> !ended(p.pid()))
                .filter(p -> started.isEmpty() || p.info().startInstant().map(Instant::toString).orElse("").equals(started))
                .isPresent();
        return same ? Liveness.ALIVE : Liveness.DEAD;
    }

    /**
     * Whether a process has ended but is still listed because its parent has not waited for it (a zombie). A
     * killed warm process (decision 0018), whose parent was a client that has gone, is one until the system's first
     * process collects it, which in a container may be never. Only Linux says so ({@code /proc/<pid>/stat}).
     */
    static boolean ended(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            // "pid (name) state …": the name may hold spaces and parentheses, the state follows the last ')'.
            int name = stat.lastIndexOf(')');
            return name > 0 && stat.length() > name + 2 && stat.charAt(name + 2) == 'Z';
        } catch (IOException e) {
            // No /proc (not Linux), or the process is gone: isAlive has answered for it.
            return false;
        }
    }

    /** {@code pid 1234 on host}, for messages. */
    public static String describe(JobExecution execution) {
        ExecutionContext context = owner(execution);
        return context.containsKey(PID) ? "pid " + context.getLong(PID) + " on " + context.getString(HOST, "?")
                : "an unknown process";
    }

    // The owner recorded by beforeJob, else the one in the parameters the execution was created with.
    private static ExecutionContext owner(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        if (context.containsKey(PID)) {
            return context;
        }
        JobParameters parameters = execution.getJobParameters();
        ExecutionContext stamped = new ExecutionContext();
        if (parameters.getLong(PID) != null) {
            stamped.putString(HOST, String.valueOf(parameters.getString(HOST)));
            stamped.putLong(PID, parameters.getLong(PID));
            stamped.putString(STARTED, String.valueOf(parameters.getString(STARTED)));
        }
        return stamped;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
