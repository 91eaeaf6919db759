package vn.dvhc.remap;

import java.nio.file.Path;

import org.springframework.batch.core.job.parameters.JobParameters;

import vn.dvhc.common.JobParams;

/** The job parameters of {@code remapJob}, typed. Which of them identify a run: see the command's Javadoc. */
public record RemapSettings(Path input, Path output, Path rejects, String communeColumn, String districtColumn,
                            String provinceColumn, String from, String to, OnSplit onSplit, String delimiter,
                            String encoding, int chunk, int threads, FailOn failOn) {

    /** When the run ends with exit code 1. */
    public enum FailOn { REJECT, SPLIT, NEVER }

    public static RemapSettings of(JobParameters params) {
        return new RemapSettings(
                Path.of(params.getString(JobParams.INPUT_FILE)),
                Path.of(params.getString(JobParams.OUTPUT_FILE)),
                Path.of(params.getString(JobParams.REJECTS_FILE)),
                params.getString(JobParams.REMAP_COMMUNE_COLUMN),
                params.getString(JobParams.REMAP_DISTRICT_COLUMN),
                params.getString(JobParams.REMAP_PROVINCE_COLUMN),
                params.getString(JobParams.RELEASE_FROM),
                params.getString(JobParams.RELEASE_TO),
                OnSplit.valueOf(params.getString(JobParams.REMAP_ON_SPLIT)),
                params.getString(JobParams.REMAP_DELIMITER),
                params.getString(JobParams.REMAP_ENCODING),
                Math.toIntExact(params.getLong(JobParams.REMAP_CHUNK)),
                Math.toIntExact(params.getLong(JobParams.REMAP_THREADS)),
                FailOn.valueOf(params.getString(JobParams.REMAP_FAIL_ON)));
    }
}
