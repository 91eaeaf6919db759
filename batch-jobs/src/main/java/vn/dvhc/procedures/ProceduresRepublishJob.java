package vn.dvhc.procedures;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import vn.dvhc.common.JobDefinition;
import vn.dvhc.domain.procedure.DistrictDefault;

/**
 * {@code proceduresRepublishJob}: the new provinces' procedure lists from the old provinces' catalogues (spec §7);
 * the steps are in {@link ProceduresRepublishJobConfig}. Identifying (what the run means): the SHA-256 of the
 * catalogues (as a set: their order does not matter), of the rules, of the agency crosswalk and of the H-code table
 * (the built-in table's without --h-codes), --default-district-level, the release in force on --as-of, --encoding
 * and the output directory. Not identifying: the paths (the content decides), --as-of itself (only the release it
 * selects matters) and --fail-on (it changes the exit code, not the output). {@code --rerun} adds a random
 * {@code run.id}.
 */
public final class ProceduresRepublishJob extends JobDefinition<RepublishSettings> {

    public static final String NAME = "proceduresRepublishJob";
    public static final String REPUBLISH_STEP = "proceduresRepublishJob.republish";
    public static final String PUBLISH_STEP = "proceduresRepublishJob.publish";
    public static final String READER_NAME = "proceduresRepublishJob.provinceReader";
    /** Job execution context key of the {@link RepublishSummary} (JSON). */
    public static final String SUMMARY = "procedures.summary";

    /** Job parameter keys, persisted: never rename one. The n-th catalogue's path is {@code procedures.catalogue.<n>}. */
    public static final String CATALOGUE_PREFIX = "procedures.catalogue.";
    public static final String CATALOGUE_COUNT = "procedures.catalogue.count";
    public static final String CATALOGUES_SHA256 = "procedures.catalogues.sha256";
    public static final String RULES = "procedures.rules";
    public static final String RULES_SHA256 = "procedures.rules.sha256";
    public static final String CROSSWALK = "procedures.crosswalk";
    public static final String CROSSWALK_SHA256 = "procedures.crosswalk.sha256";
    public static final String H_CODES = "procedures.h.codes";
    public static final String H_CODES_SHA256 = "procedures.h.codes.sha256";
    public static final String DEFAULT_DISTRICT_LEVEL = "procedures.default.district.level";
    public static final String RELEASE = "procedures.release";
    public static final String AS_OF = "procedures.as.of";
    public static final String OUTPUT_DIR = "procedures.output.dir";
    public static final String ENCODING = "procedures.encoding";
    public static final String FAIL_ON = "procedures.fail.on";

    /** What the identifying crosswalk parameter holds when no crosswalk is given. */
    static final String NONE = "none";

    public static final ProceduresRepublishJob JOB = new ProceduresRepublishJob();

    private ProceduresRepublishJob() {
        super(NAME, SUMMARY, RepublishSummary.class);
    }

    @Override
    public List<Class<?>> configs(JobParameters parameters) {
        return List.of(ProceduresRepublishJobConfig.class);
    }

    @Override
    public JobParameters parameters(RepublishSettings s, boolean rerun) {
        JobParametersBuilder params = new JobParametersBuilder()
                .addString(CATALOGUES_SHA256, s.cataloguesSha256())
                .addString(RULES_SHA256, s.rulesSha256())
                .addString(CROSSWALK_SHA256, s.crosswalk() == null ? NONE : s.crosswalkSha256())
                .addString(H_CODES_SHA256, s.hCodesSha256())
                .addString(DEFAULT_DISTRICT_LEVEL, s.districtDefault().name().toLowerCase(Locale.ROOT))
                .addString(RELEASE, s.release())
                .addString(ENCODING, s.encoding().name())
                .addString(OUTPUT_DIR, s.outputDir().toString())
                .addLong(CATALOGUE_COUNT, (long) s.catalogues().size(), false)
                .addString(RULES, s.rules().toString(), false)
                .addString(FAIL_ON, s.failOn().name(), false);
        for (int i = 0; i < s.catalogues().size(); i++) {
            params.addString(CATALOGUE_PREFIX + (i + 1), s.catalogues().get(i).toString(), false);
        }
        if (s.crosswalk() != null) {
            params.addString(CROSSWALK, s.crosswalk().toString(), false);
        }
        if (s.hCodes() != null) {
            params.addString(H_CODES, s.hCodes().toString(), false);
        }
        if (s.asOf() != null) {
            params.addString(AS_OF, s.asOf().toString(), false);
        }
        return (rerun ? newInstance(params) : params).toJobParameters();
    }

    @Override
    public RepublishSettings settings(JobParameters params) {
        List<Path> catalogues = new ArrayList<>();
        long count = params.getLong(CATALOGUE_COUNT);
        for (int i = 1; i <= count; i++) {
            catalogues.add(Path.of(params.getString(CATALOGUE_PREFIX + i)));
        }
        String crosswalk = params.getString(CROSSWALK);
        String hCodes = params.getString(H_CODES);
        String asOf = params.getString(AS_OF);
        return new RepublishSettings(catalogues, params.getString(CATALOGUES_SHA256),
                Path.of(params.getString(RULES)), params.getString(RULES_SHA256),
                crosswalk == null ? null : Path.of(crosswalk), crosswalk == null ? null : params.getString(CROSSWALK_SHA256),
                hCodes == null ? null : Path.of(hCodes), params.getString(H_CODES_SHA256),
                DistrictDefault.valueOf(params.getString(DEFAULT_DISTRICT_LEVEL).toUpperCase(Locale.ROOT)),
                params.getString(RELEASE), asOf == null ? null : LocalDate.parse(asOf),
                Path.of(params.getString(OUTPUT_DIR)), Charset.forName(params.getString(ENCODING)),
                RepublishSettings.FailOn.valueOf(params.getString(FAIL_ON)));
    }

    @Override
    public String describe(JobParameters parameters) {
        return parameters.getString(OUTPUT_DIR);
    }
}
