package vn.dvhc.procedures;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import vn.dvhc.common.JobParams;
import vn.dvhc.common.ProvinceAgencyCodes;
import vn.dvhc.common.Sha256;
import vn.dvhc.domain.procedure.DistrictDefault;

/**
 * The options of a {@code procedures republish} run and how they map to job parameters. Identifying (what the run
 * means): the SHA-256 of the catalogues (as a set), of the rules, of the crosswalk and of the H-code table, the
 * district default, the release in force, the encoding and the output directory. Not identifying: the paths (the
 * content decides), the as-of date (only the release it selects matters) and --fail-on (it changes the exit code,
 * not the output).
 *
 * @param crosswalk null without {@code --agency-crosswalk}
 * @param hCodes    null for the built-in table
 * @param asOf      null for the newest release
 */
public record RepublishSettings(List<Path> catalogues, String cataloguesSha256, Path rules, String rulesSha256,
                                Path crosswalk, String crosswalkSha256, Path hCodes, String hCodesSha256,
                                DistrictDefault districtDefault, String release, LocalDate asOf, Path outputDir,
                                Charset encoding, FailOn failOn) {

    /** The findings that make the run exit 1: orphans, orphans or conflicts, or none. */
    public enum FailOn { ORPHAN, CONFLICT, NEVER }

    /** What the identifying parameter holds when no crosswalk is given. */
    static final String NONE = "none";

    public RepublishSettings {
        catalogues = List.copyOf(catalogues);
    }

    /** One SHA-256 for a set of files: the order in which catalogues are given does not change the output. */
    public static String combinedSha256(List<String> sha256s) {
        List<String> sorted = new ArrayList<>(sha256s);
        sorted.sort(null);
        return Sha256.of(String.join("\n", sorted).getBytes(StandardCharsets.US_ASCII));
    }

    /** The SHA-256 of the built-in H-code table, identifying when {@code --h-codes} is not given. */
    public static String builtInHCodesSha256() {
        return ProvinceAgencyCodes.builtInSha256();
    }

    /** @param runId null, or a random id that makes the run its own job instance ({@code --rerun}) */
    public JobParameters toJobParameters(String runId) {
        JobParametersBuilder params = new JobParametersBuilder()
                .addString(JobParams.PROCEDURES_CATALOGUES_SHA256, cataloguesSha256)
                .addString(JobParams.PROCEDURES_RULES_SHA256, rulesSha256)
                .addString(JobParams.PROCEDURES_CROSSWALK_SHA256, crosswalk == null ? NONE : crosswalkSha256)
                .addString(JobParams.PROCEDURES_H_CODES_SHA256, hCodesSha256)
                .addString(JobParams.PROCEDURES_DEFAULT_DISTRICT_LEVEL, districtDefault.name().toLowerCase(Locale.ROOT))
                .addString(JobParams.PROCEDURES_RELEASE, release)
                .addString(JobParams.PROCEDURES_ENCODING, encoding.name())
                .addString(JobParams.PROCEDURES_OUTPUT_DIR, outputDir.toString())
                .addLong(JobParams.PROCEDURES_CATALOGUE_COUNT, (long) catalogues.size(), false)
                .addString(JobParams.PROCEDURES_RULES, rules.toString(), false)
                .addString(JobParams.PROCEDURES_FAIL_ON, failOn.name(), false);
        for (int i = 0; i < catalogues.size(); i++) {
            params.addString(JobParams.PROCEDURES_CATALOGUE_PREFIX + (i + 1), catalogues.get(i).toString(), false);
        }
        if (crosswalk != null) {
            params.addString(JobParams.PROCEDURES_CROSSWALK, crosswalk.toString(), false);
        }
        if (hCodes != null) {
            params.addString(JobParams.PROCEDURES_H_CODES, hCodes.toString(), false);
        }
        if (asOf != null) {
            params.addString(JobParams.PROCEDURES_AS_OF, asOf.toString(), false);
        }
        if (runId != null) {
            params.addString(JobParams.RUN_ID, runId);
        }
        return params.toJobParameters();
    }

    public static RepublishSettings of(JobParameters params) {
        List<Path> catalogues = new ArrayList<>();
        long count = params.getLong(JobParams.PROCEDURES_CATALOGUE_COUNT);
        for (int i = 1; i <= count; i++) {
            catalogues.add(Path.of(params.getString(JobParams.PROCEDURES_CATALOGUE_PREFIX + i)));
        }
        String crosswalk = params.getString(JobParams.PROCEDURES_CROSSWALK);
        String hCodes = params.getString(JobParams.PROCEDURES_H_CODES);
        String asOf = params.getString(JobParams.PROCEDURES_AS_OF);
        return new RepublishSettings(catalogues, params.getString(JobParams.PROCEDURES_CATALOGUES_SHA256),
                Path.of(params.getString(JobParams.PROCEDURES_RULES)), params.getString(JobParams.PROCEDURES_RULES_SHA256),
                crosswalk == null ? null : Path.of(crosswalk), params.getString(JobParams.PROCEDURES_CROSSWALK_SHA256),
                hCodes == null ? null : Path.of(hCodes), params.getString(JobParams.PROCEDURES_H_CODES_SHA256),
                DistrictDefault.valueOf(params.getString(JobParams.PROCEDURES_DEFAULT_DISTRICT_LEVEL)
                        .toUpperCase(Locale.ROOT)),
                params.getString(JobParams.PROCEDURES_RELEASE), asOf == null ? null : LocalDate.parse(asOf),
                Path.of(params.getString(JobParams.PROCEDURES_OUTPUT_DIR)),
                Charset.forName(params.getString(JobParams.PROCEDURES_ENCODING)),
                FailOn.valueOf(params.getString(JobParams.PROCEDURES_FAIL_ON)));
    }
}
