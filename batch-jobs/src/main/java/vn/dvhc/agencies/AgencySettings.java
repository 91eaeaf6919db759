package vn.dvhc.agencies;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import vn.dvhc.domain.agency.Severity;

/**
 * The inputs both agency jobs share and how they map to job parameters. Identifying: the SHA-256 of the register
 * and of the H-code table (the built-in one's without --h-codes), the as-of date (it decides which agencies are
 * active), the release in force on it and the encoding. Not identifying: the paths (the content decides) and
 * --fail-on (it changes the exit code only).
 *
 * @param hCodes null for the built-in table
 * @param failOn the lowest severity that makes the run exit 1; null for never
 */
public record AgencySettings(Path register, String registerSha256, Path hCodes, String hCodesSha256, LocalDate asOf,
                             String release, Charset encoding, Severity failOn) {

    /** Job parameter keys both agency jobs use, persisted: never rename one. */
    public static final String REGISTER = "agencies.register";
    public static final String REGISTER_SHA256 = "agencies.register.sha256";
    public static final String H_CODES = "agencies.h.codes";
    public static final String H_CODES_SHA256 = "agencies.h.codes.sha256";
    public static final String AS_OF = "agencies.as.of";
    public static final String RELEASE = "agencies.release";
    public static final String ENCODING = "agencies.encoding";
    public static final String FAIL_ON = "agencies.fail.on";

    JobParametersBuilder toJobParameters() {
        JobParametersBuilder params = new JobParametersBuilder()
                .addString(REGISTER_SHA256, registerSha256)
                .addString(H_CODES_SHA256, hCodesSha256)
                .addString(AS_OF, asOf.toString())
                .addString(RELEASE, release)
                .addString(ENCODING, encoding.name())
                .addString(REGISTER, register.toString(), false)
                .addString(FAIL_ON, failOn == null ? "never" : failOn.label(), false);
        if (hCodes != null) {
            params.addString(H_CODES, hCodes.toString(), false);
        }
        return params;
    }

    static AgencySettings of(JobParameters params) {
        String hCodes = params.getString(H_CODES);
        String failOn = params.getString(FAIL_ON);
        return new AgencySettings(Path.of(params.getString(REGISTER)),
                params.getString(REGISTER_SHA256), hCodes == null ? null : Path.of(hCodes),
                params.getString(H_CODES_SHA256),
                LocalDate.parse(params.getString(AS_OF)), params.getString(RELEASE),
                Charset.forName(params.getString(ENCODING)),
                "never".equals(failOn) ? null : Severity.valueOf(failOn.toUpperCase(Locale.ROOT)));
    }
}
