package vn.dvhc.cli.output;

import java.util.List;
import java.util.Map;

import vn.dvhc.domain.Release;

/** One release as {@code dvhc reference show} prints it (text or JSON). */
public record ReleaseDetails(Release release, Map<String, Map<String, Long>> countsByLevelAndType,
                             List<ProvinceCounts> provinces, long mappingRows, long splitOldUnits, long aliases) {

    /** Units of one province, by level and type. */
    public record ProvinceCounts(String code, String name, Map<String, Long> communesByType, long districts) {
    }
}
