package vn.dvhc.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import vn.dvhc.domain.readiness.Thresholds;

/**
 * What a {@code report} run means: where the files go, which formats, one province or all (null), the date whose
 * release gives the provinces (null: today), the readiness thresholds, and the stored runs to leave out: by job
 * execution id ({@code --exclude-run}) and by remap dataset ({@code --exclude-dataset}: a --dataset name or the
 * start of a rows identity).
 */
public record ReportSettings(Path outputDir, List<String> formats, String province, LocalDate asOf,
                             Thresholds thresholds, List<Long> excludeRuns, List<String> excludeDatasets) {

    public ReportSettings {
        formats = List.copyOf(formats);
        excludeRuns = List.copyOf(excludeRuns);
        excludeDatasets = List.copyOf(excludeDatasets);
    }
}
