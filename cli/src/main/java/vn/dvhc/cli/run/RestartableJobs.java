package vn.dvhc.cli.run;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.batch.core.job.parameters.JobParameters;

import vn.dvhc.agencies.AgenciesAllocateJobConfig;
import vn.dvhc.agencies.AgenciesValidateJobConfig;
import vn.dvhc.common.JobParams;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.procedures.ProceduresRepublishJobConfig;
import vn.dvhc.referenceimport.ReferenceImportJobConfig;
import vn.dvhc.remap.RemapJobConfig;
import vn.dvhc.remap.RemapLocalPartitioning;
import vn.dvhc.remap.RemapRemotePartitioning;

/**
 * Which configuration runs a job stored in the repository under its name, so that {@code dvhc jobs restart} runs
 * it exactly as the command that started it did (the parameters say the rest, e.g. remap's broker).
 */
public final class RestartableJobs {

    private static final Map<String, Function<JobParameters, List<Class<?>>>> CONFIGS = Map.of(
            RemapJobConfig.JOB_NAME, params -> List.of(RemapJobConfig.class,
                    params.getString(JobParams.REMAP_BROKER) == null
                            ? RemapLocalPartitioning.class : RemapRemotePartitioning.class),
            ProceduresRepublishJobConfig.JOB_NAME, params -> List.of(ProceduresRepublishJobConfig.class),
            AgenciesValidateJobConfig.JOB_NAME, params -> List.of(AgenciesValidateJobConfig.class),
            AgenciesAllocateJobConfig.JOB_NAME, params -> List.of(AgenciesAllocateJobConfig.class),
            ReferenceImportJobConfig.JOB_NAME, params -> List.of(ReferenceImportJobConfig.class));

    private RestartableJobs() {
    }

    /** The request that runs the job instance of these parameters again: a restart if it did not complete. */
    public static JobRequest request(String jobName, JobParameters parameters) {
        Function<JobParameters, List<Class<?>>> configs = CONFIGS.get(jobName);
        if (configs == null) {
            throw new DvhcException(ErrorCode.USAGE, "this version of dvhc does not know the job '" + jobName + "'",
                    null, "restart it with the dvhc version that started it");
        }
        return new JobRequest(configs.apply(parameters), jobName, parameters, vn.dvhc.common.ProgressSink.NONE);
    }
}
