package vn.dvhc.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import vn.dvhc.domain.readiness.Thresholds;

/**
 * What a {@code report} run means: where the files go, which formats, one province or all (null), the date whose
 * release gives the provinces (null: today) and the readiness thresholds.
 */
public record ReportSettings(Path outputDir, List<String> formats, String province, LocalDate asOf,
                             Thresholds thresholds) {

    public ReportSettings {
        formats = List.copyOf(formats);
    }
}
