package vn.dvhc.procedures;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.dvhc.common.ProvinceAgencyCodes;
import vn.dvhc.common.Sha256;
import vn.dvhc.domain.procedure.DistrictDefault;

/**
 * What a {@code procedures republish} run means, typed; {@link ProceduresRepublishJob} turns it into job parameters
 * (and says which identify the run) and back.
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
}
