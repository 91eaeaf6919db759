package vn.dvhc.procedures;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.dvhc.domain.procedure.Change;
import vn.dvhc.domain.procedure.Conflict;
import vn.dvhc.domain.procedure.OldProvince;
import vn.dvhc.domain.procedure.ProvinceList;
import vn.dvhc.domain.procedure.Warning;

/**
 * What a completed {@code procedures republish} run did: its inputs, the accounting of the old procedures (the
 * change counts add up to {@code oldProcedures}), one line per new province, and every conflict, orphan and
 * warning. Kept in the job's execution context, written to {@code summary.json}, printed by the command.
 *
 * @param changes old procedures per change type, every type present, in the order of {@code ChangeType}
 * @param files   the files moved into place
 */
public record RepublishSummary(long executionId, String release, LocalDate asOf, String outputDir,
                               String defaultDistrictLevel, List<Input> inputs, int rowsRead, int headingRows,
                               int oldProcedures, Map<String, Integer> changes, List<Province> provinces,
                               List<ConflictLine> conflicts, List<OrphanLine> orphans, List<WarningLine> warnings,
                               List<String> files) {

    public record Input(String kind, String file, String sha256, int records, List<String> oldProvinces) {
    }

    /** @param agencyCode the level-1 code of the province's People's Committee (H38) */
    public record Province(String code, String name, String agencyCode, List<String> formedFrom,
                           List<String> missingSources, int oldProcedures, int published, Map<String, Integer> byLevel,
                           Map<String, Integer> changes, int orphans, int conflicts, int warnings) {
    }

    /** @param variants one "Lào Cai (10): value" per line */
    public record ConflictLine(String province, String code, String level, String field, String variants) {
    }

    public record OrphanLine(String province, String oldProvince, String code, String name, String source) {
    }

    public record WarningLine(String province, String kind, String code, String message, String source) {
    }

    public int published() {
        return provinces.stream().mapToInt(Province::published).sum();
    }

    static RepublishSummary of(long executionId, RepublishRun run, List<Path> files) {
        var republication = run.republication();
        Map<String, Integer> changes = new LinkedHashMap<>();
        republication.changeCounts().forEach((type, n) -> changes.put(type.name(), n));
        int accounted = changes.values().stream().mapToInt(Integer::intValue).sum();
        if (accounted != run.oldProcedures()) {
            // Every old procedure gets exactly one change (spec §7): anything else is a bug, not bad data.
            throw new IllegalStateException("the changes account for " + accounted + " old procedures, the catalogues"
                    + " hold " + run.oldProcedures());
        }
        List<Province> provinces = new ArrayList<>();
        List<ConflictLine> conflicts = new ArrayList<>();
        List<OrphanLine> orphans = new ArrayList<>();
        List<WarningLine> warnings = new ArrayList<>();
        for (ProvinceList list : republication.provinces()) {
            String code = list.province().code();
            provinces.add(province(list));
            for (Conflict c : list.conflicts()) {
                conflicts.add(new ConflictLine(code, c.code().value(), c.level().id(), c.field().id(),
                        ProcedureJson.variantsText(c)));
            }
            for (Change c : list.orphans()) {
                orphans.add(new OrphanLine(code, c.oldProvince(), c.code().value(), c.name(), c.source().toString()));
            }
            for (Warning w : list.warnings()) {
                warnings.add(new WarningLine(code, w.kind().name(), w.code() == null ? null : w.code().value(),
                        w.message(), w.source() == null ? null : w.source().toString()));
            }
        }
        var settings = run.settings();
        return new RepublishSummary(executionId, run.release().id(), settings.asOf(), settings.outputDir().toString(),
                settings.districtDefault().name().toLowerCase(Locale.ROOT), run.inputs().stream()
                .map(i -> new Input(i.kind(), i.file().toString(), i.sha256(), i.records(), i.oldProvinces())).toList(),
                run.rowsRead(), run.headingRows(), run.oldProcedures(), changes, provinces, conflicts, orphans, warnings,
                files.stream().map(Path::toString).toList());
    }

    private static Province province(ProvinceList list) {
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        list.publishedByLevel().forEach((level, n) -> byLevel.put(level.id(), n));
        Map<String, Integer> changes = new LinkedHashMap<>();
        list.changeCounts().forEach((type, n) -> changes.put(type.name(), n));
        var p = list.province();
        return new Province(p.code(), p.name(), p.agencyCode(), p.formedFrom().stream().map(OldProvince::label).toList(),
                list.missingSources().stream().map(OldProvince::label).toList(), list.changes().size(),
                list.procedures().size(), byLevel, changes, list.orphans().size(), list.conflicts().size(),
                list.warnings().size());
    }

    /** True when the run has findings at or above {@code --fail-on}: orphans, or with {@code conflict} also conflicts. */
    public boolean failsAt(RepublishSettings.FailOn failOn) {
        return switch (failOn) {
            case ORPHAN -> !orphans.isEmpty();
            case CONFLICT -> !orphans.isEmpty() || !conflicts.isEmpty();
            case NEVER -> false;
        };
    }
}
