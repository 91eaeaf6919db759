package vn.dvhc.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;

import vn.dvhc.common.JobParams;
import vn.dvhc.domain.readiness.Thresholds;

/** The report job's parameters. */
record ReportSettings(Path outputDir, List<String> formats, String province, LocalDate asOf, Thresholds thresholds) {

    static ReportSettings of(JobParameters p) {
        String asOf = p.getString(JobParams.REPORT_AS_OF);
        return new ReportSettings(Path.of(p.getString(JobParams.REPORT_OUTPUT_DIR)),
                Arrays.asList(p.getString(JobParams.REPORT_FORMATS).split(",")),
                p.getString(JobParams.REPORT_PROVINCE), asOf == null ? null : LocalDate.parse(asOf),
                new Thresholds(p.getDouble(JobParams.REPORT_BLOCK_REJECT), p.getDouble(JobParams.REPORT_RISK_REJECT),
                        p.getDouble(JobParams.REPORT_RISK_SPLIT), p.getDouble(JobParams.REPORT_BLOCK_COVERAGE),
                        p.getDouble(JobParams.REPORT_RISK_COVERAGE)));
    }
}
