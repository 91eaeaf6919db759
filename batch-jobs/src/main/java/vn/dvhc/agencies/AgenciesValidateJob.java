package vn.dvhc.agencies;

import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;

import vn.dvhc.common.JobDefinition;

/**
 * {@code agenciesValidateJob}: checks an agency register (spec §6); the step is in {@link AgenciesValidateJobConfig}.
 * A check is cheap and read-only, so every run is a job instance of its own (a random {@code run.id}): CI can run
 * the same check as often as it likes, and a failed one can still be restarted with {@code dvhc jobs restart}. The
 * parameters are those of {@link AgencySettings}.
 */
public final class AgenciesValidateJob extends JobDefinition<AgencySettings> {

    public static final String NAME = "agenciesValidateJob";
    public static final String VALIDATE_STEP = "agenciesValidateJob.validate";
    /** Job execution context key of the {@link ValidationSummary} (JSON). */
    public static final String SUMMARY = "agencies.summary";

    public static final AgenciesValidateJob JOB = new AgenciesValidateJob();

    private AgenciesValidateJob() {
        super(NAME, SUMMARY, ValidationSummary.class);
    }

    @Override
    public List<Class<?>> configs(JobParameters parameters) {
        return List.of(AgenciesValidateJobConfig.class);
    }

    @Override
    public JobParameters parameters(AgencySettings settings, boolean rerun) {
        return newInstance(settings.toJobParameters()).toJobParameters();
    }

    @Override
    public AgencySettings settings(JobParameters parameters) {
        return AgencySettings.of(parameters);
    }

    @Override
    public String describe(JobParameters parameters) {
        return parameters.getString(AgencySettings.REGISTER);
    }
}
