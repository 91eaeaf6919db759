package vn.dvhc.procedures;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dvhc.common.Json;
import vn.dvhc.domain.procedure.Conflict;
import vn.dvhc.domain.procedure.Field;
import vn.dvhc.domain.procedure.OldProvince;
import vn.dvhc.domain.procedure.ProvinceList;
import vn.dvhc.domain.procedure.PublishedProcedure;

/** A province's list as JSON: the same rows as the CSV and the workbook, with their sources, conflicts and counts. */
final class ProcedureJson {

    record Document(Province province, String release, List<Procedure> procedures, List<ConflictEntry> conflicts,
                    List<WarningEntry> warnings, Counts counts) {
    }

    record Province(String code, String name, String type, String agencyCode, List<Old> formedFrom,
                    List<Old> missingSources) {
    }

    record Old(String code, String name) {
    }

    record Procedure(int stt, String localCode, String nationalCode, String level, String levelId, String name,
                     String sector, String agency, String agencyCode, String timeLimit, String fee, String place,
                     String legalBasis, List<String> conflicts, List<Source> sources) {
    }

    record Source(String oldProvince, String oldCode, String oldLevel, String file, long line) {
    }

    record ConflictEntry(String nationalCode, String levelId, String field, List<Variant> variants) {
    }

    record Variant(String value, List<String> oldProvinces) {
    }

    record WarningEntry(String kind, String nationalCode, String message) {
    }

    record Counts(int published, Map<String, Integer> byLevel, Map<String, Integer> changes, int orphans,
                  int conflicts) {
    }

    private ProcedureJson() {
    }

    static void write(ProvinceList list, String release, OutputStream out) throws IOException {
        out.write((Json.writePretty(document(list, release)) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static Document document(ProvinceList list, String release) {
        var p = list.province();
        Province province = new Province(p.code(), p.name(), p.type(), p.agencyCode(), olds(p.formedFrom()),
                olds(list.missingSources()));
        List<Procedure> procedures = list.procedures().stream().map(ProcedureJson::procedure).toList();
        List<ConflictEntry> conflicts = list.conflicts().stream().map(c -> new ConflictEntry(c.code().value(),
                c.level().id(), c.field().id(), c.variants().stream().map(v -> new Variant(v.value(),
                        v.origins().stream().map(o -> o.province().code()).distinct().toList())).toList())).toList();
        List<WarningEntry> warnings = list.warnings().stream().map(w -> new WarningEntry(w.kind().name(),
                w.code() == null ? null : w.code().value(), w.message())).toList();
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        list.publishedByLevel().forEach((level, n) -> byLevel.put(level.id(), n));
        Map<String, Integer> changes = new LinkedHashMap<>();
        list.changeCounts().forEach((type, n) -> changes.put(type.name(), n));
        return new Document(province, release, procedures, conflicts, warnings, new Counts(procedures.size(), byLevel,
                changes, list.orphans().size(), list.conflicts().size()));
    }

    private static Procedure procedure(PublishedProcedure p) {
        return new Procedure(p.stt(), p.localCode(), p.code().value(), p.level().label(), p.level().id(), p.name(),
                p.sector(), p.agency(), p.agencyCode(), p.timeLimit(), p.fee(), p.place(), p.legalBasis(),
                p.conflicts().stream().sorted().map(Field::id).toList(),
                p.origins().stream().map(o -> new Source(o.province().code(), o.oldCode().value(), o.oldLevel().id(),
                        o.source().file(), o.source().line())).toList());
    }

    private static List<Old> olds(List<OldProvince> provinces) {
        return provinces.stream().map(o -> new Old(o.code(), o.name())).toList();
    }

    /** A conflict's variants as text, one "Lào Cai (10): value" per line (stored and printed). */
    static String variantsText(Conflict conflict) {
        return String.join("\n", conflict.variants().stream().map(v -> String.join(", ", v.origins().stream()
                .map(o -> o.province().label()).distinct().toList()) + ": " + v.value()).toList());
    }
}
