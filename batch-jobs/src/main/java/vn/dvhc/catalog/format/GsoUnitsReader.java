package vn.dvhc.catalog.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dvhc.catalog.problem.Problems;
import vn.dvhc.common.CsvTable;
import vn.dvhc.common.Header;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.domain.UnitTypes;
import vn.dvhc.domain.VietnameseText;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Reads the GSO/NSO unit-list exports of danhmuchanhchinh.nso.gov.vn: the commune export
 * ({@code Mã,Tên,Tên Tiếng Anh,Cấp,Mã QH,Quận Huyện,Mã TP,Tỉnh / Thành Phố}), the district export
 * ({@code Mã,Tên,Tên Tiếng Anh,Cấp,Mã TP,Tỉnh / Thành Phố}) and the alternative commune export
 * ({@code Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp,Tên Tiếng Anh}). BOM, no final newline and
 * odd prefix case are accepted. Types come from the name prefix: the {@code Cấp} column contradicts it for a
 * few units (15061, 27046, 27076), which is reported as a warning.
 *
 * <p>The result is a unit list without a mapping: a release of its own, with no predecessor.
 */
public final class GsoUnitsReader {

    public static final String FORMAT = "gso-units";

    private final SourceFiles files;
    private final List<String> names;

    public GsoUnitsReader(SourceFiles files, List<String> names) {
        this.files = files;
        this.names = names;
    }

    /** The kind of export a table is, from its header; null when it is none of them. */
    public static Kind kindOf(CsvTable table) {
        if (table.records().isEmpty()) {
            return null;
        }
        Header header = new Header(table.file(), table.records().get(0));
        if (header.hasAll("Mã PX", "Phường Xã", "Mã QH", "Mã TP")) {
            return Kind.COMMUNES_ALTERNATIVE;
        }
        if (header.hasAll("Mã", "Tên", "Cấp", "Mã QH", "Mã TP")) {
            return Kind.COMMUNES;
        }
        if (header.hasAll("Mã", "Tên", "Cấp", "Mã TP")) {
            return Kind.DISTRICTS;
        }
        return null;
    }

    /** The three export layouts. */
    public enum Kind { COMMUNES, DISTRICTS, COMMUNES_ALTERNATIVE }

    public ReleaseDraft read(String releaseId) {
        ReleaseDraft draft = new ReleaseDraft(releaseId, "GSO/NSO unit lists " + String.join(", ", names), FORMAT);
        Map<String, Sourced<Unit>> provinces = new LinkedHashMap<>();
        Map<String, Sourced<Unit>> districts = new LinkedHashMap<>();
        for (String name : names) {
            CsvTable table = files.table(name);
            Kind kind = kindOf(table);
            if (kind == null) {
                throw new DvhcException(ErrorCode.INPUT_HEADER, "not a GSO/NSO unit export: header "
                        + (table.records().isEmpty() ? "missing" : List.of(table.records().get(0).fields())),
                        Location.of(name, 1), "see docs/formats.md for the three export layouts");
            }
            draft.sources().add(files.record(name));
            Header header = table.header(0);
            List<CsvTable.Row> rows = table.records().subList(1, table.records().size());
            switch (kind) {
                case DISTRICTS -> readDistricts(table, header, rows, draft, provinces, districts);
                case COMMUNES -> readCommunes(table, header, rows, draft, provinces, districts,
                        new int[]{header.require("Mã"), header.require("Tên"), header.require("Mã QH"),
                                header.require("Quận Huyện"), header.require("Mã TP"),
                                header.require("Tỉnh / Thành Phố"), header.require("Cấp")});
                case COMMUNES_ALTERNATIVE -> readCommunes(table, header, rows, draft, provinces, districts,
                        new int[]{header.require("Mã PX"), header.require("Phường Xã"), header.require("Mã QH"),
                                header.require("Quận Huyện"), header.require("Mã TP"),
                                header.require("Tỉnh Thành Phố"), header.require("Cấp")});
            }
        }
        draft.units().addAll(0, districts.values());
        draft.units().addAll(0, provinces.values());
        return draft;
    }

    private void readDistricts(CsvTable table, Header header, List<CsvTable.Row> rows, ReleaseDraft draft,
                               Map<String, Sourced<Unit>> provinces, Map<String, Sourced<Unit>> districts) {
        int code = header.require("Mã");
        int name = header.require("Tên");
        int provinceCode = header.require("Mã TP");
        int provinceName = header.require("Tỉnh / Thành Phố");
        for (CsvTable.Row row : rows) {
            Location at = table.at(row);
            String province = clean(row.get(provinceCode));
            put(provinces, UnitLevel.PROVINCE, province, row.get(provinceName), null, province, at, draft.problems());
            put(districts, UnitLevel.DISTRICT, clean(row.get(code)), row.get(name), province, province, at,
                    draft.problems());
        }
    }

    // columns: commune code, commune name, district code, district name, province code, province name, Cấp
    private void readCommunes(CsvTable table, Header header, List<CsvTable.Row> rows, ReleaseDraft draft,
                              Map<String, Sourced<Unit>> provinces, Map<String, Sourced<Unit>> districts, int[] col) {
        Problems problems = draft.problems();
        for (CsvTable.Row row : rows) {
            Location at = table.at(row);
            String province = clean(row.get(col[4]));
            String district = clean(row.get(col[2]));
            put(provinces, UnitLevel.PROVINCE, province, row.get(col[5]), null, province, at, problems);
            put(districts, UnitLevel.DISTRICT, district, row.get(col[3]), province, province, at, problems);
            String code = clean(row.get(col[0]));
            if (code.isEmpty() && clean(row.get(col[1])).isEmpty()) {
                continue; // an island district without communes (alternative export: Cấp = Huyện)
            }
            UnitTypes.Split split = UnitTypes.split(UnitLevel.COMMUNE, row.get(col[1]));
            if (split == null) {
                problems.error(at.atColumn(col[1] + 1L), "commune name '" + clean(row.get(col[1]))
                        + "' does not start with a type " + UnitTypes.of(UnitLevel.COMMUNE));
                continue;
            }
            String level = clean(row.get(col[6]));
            if (!VietnameseText.fold(level).equals(VietnameseText.fold(split.type()))) {
                problems.warning(at.atColumn(col[6] + 1L), "Cấp '" + level + "' contradicts the name '"
                        + split.type() + " " + split.name() + "'; the type is taken from the name");
            }
            draft.units().add(new Sourced<>(new Unit(UnitLevel.COMMUNE, code, split.name(), split.type(),
                    district, province), at));
        }
    }

    private static void put(Map<String, Sourced<Unit>> units, UnitLevel level, String code, String fullName,
                            String parent, String province, Location at, Problems problems) {
        UnitTypes.Split split = UnitTypes.split(level, fullName);
        if (split == null) {
            problems.error(at, level.label() + " name '" + clean(fullName) + "' does not start with a type "
                    + UnitTypes.of(level));
            return;
        }
        Sourced<Unit> known = units.get(code);
        if (known == null) {
            units.put(code, new Sourced<>(new Unit(level, code, split.name(), split.type(), parent, province), at));
        } else if (parent != null && !parent.equals(known.value().parentCode())) {
            problems.error(at, level.label() + " " + code + " is under " + parent + " here but under "
                    + known.value().parentCode() + " at " + known.at());
        }
    }

    private static String clean(String raw) {
        return VietnameseText.clean(raw);
    }
}
