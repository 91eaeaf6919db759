package vn.dvhc.referenceimport;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import vn.dvhc.catalog.ImportReport;
import vn.dvhc.common.JobDefinition;

/**
 * {@code referenceImportJob}: reads, checks and writes reference releases in one transaction (spec §4); the step is
 * in {@link ReferenceImportJobConfig}. Each run is its own job instance (a random {@code run.id}): re-importing
 * identical files is a no-op of the importer, not a refused job.
 */
public final class ReferenceImportJob extends JobDefinition<ImportSettings> {

    public static final String NAME = "referenceImportJob";
    public static final String STEP_NAME = "referenceImportJob.import";
    /** Job execution context key of the {@link ImportReport} (JSON). */
    public static final String REPORT = "referenceImport.report";

    /** Job parameter keys, persisted: never rename one. */
    public static final String INPUT_FILE = "input.file";
    public static final String FORMAT = "import.format";
    public static final String REPLACE = "import.replace";
    public static final String ALLOW_UNMAPPED = "import.allow.unmapped";
    public static final String RELEASE_ID = "release.id";
    public static final String EFFECTIVE = "release.effective";
    public static final String PREDECESSOR = "release.predecessor";

    public static final ReferenceImportJob JOB = new ReferenceImportJob();

    private ReferenceImportJob() {
        super(NAME, REPORT, ImportReport.class);
    }

    @Override
    public List<Class<?>> configs(JobParameters parameters) {
        return List.of(ReferenceImportJobConfig.class);
    }

    @Override
    public JobParameters parameters(ImportSettings settings, boolean rerun) {
        JobParametersBuilder params = new JobParametersBuilder()
                .addString(INPUT_FILE, settings.path().toString())
                .addString(FORMAT, settings.format())
                .addString(REPLACE, Boolean.toString(settings.replace()))
                .addString(ALLOW_UNMAPPED, Boolean.toString(settings.allowUnmapped()));
        newInstance(params);
        if (settings.releaseId() != null) {
            params.addString(RELEASE_ID, settings.releaseId());
        }
        if (settings.effective() != null) {
            params.addString(EFFECTIVE, settings.effective().toString());
        }
        if (settings.predecessor() != null) {
            params.addString(PREDECESSOR, settings.predecessor());
        }
        return params.toJobParameters();
    }

    @Override
    public ImportSettings settings(JobParameters params) {
        String effective = params.getString(EFFECTIVE);
        return new ImportSettings(Path.of(params.getString(INPUT_FILE)), params.getString(FORMAT),
                params.getString(RELEASE_ID), effective == null ? null : LocalDate.parse(effective),
                params.getString(PREDECESSOR), "true".equals(params.getString(REPLACE)),
                "true".equals(params.getString(ALLOW_UNMAPPED)));
    }

    @Override
    public String describe(JobParameters parameters) {
        return parameters.getString(INPUT_FILE);
    }
}
