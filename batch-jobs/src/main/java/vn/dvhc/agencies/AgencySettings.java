package vn.dvhc.agencies;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import vn.dvhc.common.JobParams;
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

    JobParametersBuilder toJobParameters() {
        JobParametersBuilder params = new JobParametersBuilder()
                .addString(JobParams.AGENCIES_REGISTER_SHA256, registerSha256)
                .addString(JobParams.AGENCIES_H_CODES_SHA256, hCodesSha256)
                .addString(JobParams.AGENCIES_AS_OF, asOf.toString())
                .addString(JobParams.AGENCIES_RELEASE, release)
                .addString(JobParams.AGENCIES_ENCODING, encoding.name())
                .addString(JobParams.AGENCIES_REGISTER, register.toString(), false)
                .addString(JobParams.AGENCIES_FAIL_ON, failOn == null ? "never" : failOn.label(), false);
        if (hCodes != null) {
            params.addString(JobParams.AGENCIES_H_CODES, hCodes.toString(), false);
        }
        return params;
    }

    static AgencySettings of(JobParameters params) {
        String hCodes = params.getString(JobParams.AGENCIES_H_CODES);
        String failOn = params.getString(JobParams.AGENCIES_FAIL_ON);
        return new AgencySettings(Path.of(params.getString(JobParams.AGENCIES_REGISTER)),
                params.getString(JobParams.AGENCIES_REGISTER_SHA256), hCodes == null ? null : Path.of(hCodes),
                params.getString(JobParams.AGENCIES_H_CODES_SHA256),
                LocalDate.parse(params.getString(JobParams.AGENCIES_AS_OF)), params.getString(JobParams.AGENCIES_RELEASE),
                Charset.forName(params.getString(JobParams.AGENCIES_ENCODING)),
                "never".equals(failOn) ? null : Severity.valueOf(failOn.toUpperCase(Locale.ROOT)));
    }
}
