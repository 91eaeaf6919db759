package vn.dvhc.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Everything generic code needs to know about one job, in one place per job package ({@code remap.RemapJob},
 * {@code agencies.AgenciesValidateJob}, …): its persisted name, the configuration classes that make it up, how its
 * typed settings become job parameters and back (which parameters identify the job instance is decided here and
 * nowhere else), and the typed summary its run leaves in the job execution context. The command line, the job
 * runner and {@code dvhc jobs restart|show} work from these definitions only (the list is {@code vn.dvhc.jobs.Jobs}).
 *
 * @param <S> the job's settings: what a run means, typed
 */
public abstract class JobDefinition<S> {

    private final String name;
    private final String summaryKey;
    private final Class<?> summaryType;

    protected JobDefinition(String name, String summaryKey, Class<?> summaryType) {
        this.name = name;
        this.summaryKey = summaryKey;
        this.summaryType = summaryType;
    }

    /** The job's name as Spring Batch persists it. */
    public final String name() {
        return name;
    }

    /** The configuration classes of the job for these parameters (e.g. where partitions run). */
    public abstract List<Class<?>> configs(JobParameters parameters);

    /**
     * The parameters of a run of these settings.
     *
     * @param rerun make the run a job instance of its own even if the same one has completed ({@code --rerun});
     *              jobs that are a new instance every time ignore it
     */
    public abstract JobParameters parameters(S settings, boolean rerun);

    /** The settings a run was started with, read back from its parameters. */
    public abstract S settings(JobParameters parameters);

    /** What a run reads and writes, in a few words, for {@code dvhc jobs list}. */
    public abstract String describe(JobParameters parameters);

    /**
     * The files a run of this job instance keeps for its restart that exist now (remap's part files beside the
     * output); none for jobs that keep their restart state in the database alone.
     */
    public List<Path> restartFiles(JobParameters parameters, long instanceId) {
        return List.of();
    }

    /**
     * Deletes the files kept for the restart of a job instance that will not be restarted (refused, abandoned,
     * superseded by a later run of the same output) and returns them.
     */
    public final List<Path> deleteRestartFiles(JobParameters parameters, long instanceId) {
        List<Path> files = restartFiles(parameters, instanceId);
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new DvhcException(ErrorCode.IO_FAILED, "cannot delete a file kept for a restart: "
                        + e.getMessage(), Location.of(file), "delete it by hand", e);
            }
        }
        return files;
    }

    /** The execution context key of the summary (JSON). */
    public final String summaryKey() {
        return summaryKey;
    }

    /** The type of the summary a run leaves: what the command line finds the summary's printer by. */
    public final Class<?> summaryType() {
        return summaryType;
    }

    /** The typed summary a run left, or null if it ended before writing one. */
    public final Object summary(JobExecution execution) {
        String json = execution.getExecutionContext().getString(summaryKey, null);
        return json == null ? null : Json.read(json, summaryType);
    }

    /** The typed summary, for the command that knows the job. */
    public final <T> T summary(JobExecution execution, Class<T> type) {
        return type.cast(summary(execution));
    }

    /** Adds a random {@value JobParams#RUN_ID}: the run becomes a job instance of its own. */
    protected static JobParametersBuilder newInstance(JobParametersBuilder parameters) {
        return parameters.addString(JobParams.RUN_ID, UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return name;
    }
}
