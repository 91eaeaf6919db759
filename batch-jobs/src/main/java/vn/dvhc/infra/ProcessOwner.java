package vn.dvhc.infra;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
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

    /** Whether the process that runs (or ran) an execution is still alive. */
    public static Liveness liveness(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        if (!context.containsKey(PID) || !hostName().equals(context.getString(HOST, ""))) {
            return Liveness.UNKNOWN;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(context.getLong(PID));
        String started = context.getString(STARTED, "");
        boolean same = process.filter(ProcessHandle::isAlive)
                .filter(p -> started.isEmpty() || p.info().startInstant().map(Instant::toString).orElse("").equals(started))
                .isPresent();
        return same ? Liveness.ALIVE : Liveness.DEAD;
    }

    /** {@code pid 1234 on host}, for messages. */
    public static String describe(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        return context.containsKey(PID) ? "pid " + context.getLong(PID) + " on " + context.getString(HOST, "?")
                : "an unknown process";
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
