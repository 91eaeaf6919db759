package vn.dvhc.agencies;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import vn.dvhc.common.JobDefinition;

/**
 * {@code agenciesAllocateJob}: proposes codes for the communes without a People's Committee code; the step is in
 * {@link AgenciesAllocateJobConfig}. The job instance is identified by the register, H-code table, as-of date and
 * release (see {@link AgencySettings}), the pattern, the first number and the output path: the same command after a
 * success is refused (exit 6) unless {@code --rerun}; after a failure it runs again.
 */
public final class AgenciesAllocateJob extends JobDefinition<AllocationSettings> {

    public static final String NAME = "agenciesAllocateJob";
    public static final String ALLOCATE_STEP = "agenciesAllocateJob.allocate";
    /** Job execution context key of the {@link AllocationSummary} (JSON). */
    public static final String SUMMARY = "agencies.allocation";

    /** Job parameter keys, persisted: never rename one. */
    public static final String PATTERN = "agencies.pattern";
    public static final String START = "agencies.start";
    public static final String OUTPUT = "agencies.output";

    public static final AgenciesAllocateJob JOB = new AgenciesAllocateJob();

    private AgenciesAllocateJob() {
        super(NAME, SUMMARY, AllocationSummary.class);
    }

    @Override
    public List<Class<?>> configs(JobParameters parameters) {
        return List.of(AgenciesAllocateJobConfig.class);
    }

    @Override
    public JobParameters parameters(AllocationSettings settings, boolean rerun) {
        JobParametersBuilder parameters = settings.agencies().toJobParameters()
                .addString(PATTERN, settings.pattern())
                .addLong(START, (long) settings.start())
                .addString(OUTPUT, settings.output().toString());
        return (rerun ? newInstance(parameters) : parameters).toJobParameters();
    }

    @Override
    public AllocationSettings settings(JobParameters parameters) {
        return new AllocationSettings(AgencySettings.of(parameters), parameters.getString(PATTERN),
                Math.toIntExact(parameters.getLong(START)), Path.of(parameters.getString(OUTPUT)));
    }

    @Override
    public String describe(JobParameters parameters) {
        return parameters.getString(AgencySettings.REGISTER) + " → " + parameters.getString(OUTPUT);
    }
}
