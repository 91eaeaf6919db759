package vn.dvhc.catalog.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import vn.dvhc.common.CsvTable;
import vn.dvhc.common.Header;
import vn.dvhc.catalog.problem.Problems;
import vn.dvhc.domain.CodeAlias;
import vn.dvhc.domain.HistoricalName;
import vn.dvhc.domain.MappingRow;
import vn.dvhc.domain.PopulationOutcome;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.domain.UnitTypes;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Reads a reference bundle: a folder in the layout of {@code shared/reference} (its README documents every
 * column), plus an optional {@code aliases.csv} and an optional {@code unit-history.csv} (historical names of the
 * {@value #PRE_2025} units, columns in docs/addresses.md). The file names say which releases the folder holds:
 * <ul>
 *   <li>{@code old-provinces.csv}, {@code old-districts.csv}, {@code old-communes.csv}: {@value #PRE_2025};</li>
 *   <li>{@code new-provinces.csv}, {@code new-communes.csv}, {@code province-mapping.csv},
 *       {@code commune-mapping.csv}: {@value #R2025} (QĐ 19/2025/QĐ-TTg);</li>
 *   <li>{@code new-provinces-2026.csv}, {@code new-communes-2026.csv}, {@code commune-mapping-2025-2026.csv}:
 *       {@value #R2026} (NQ 30/2026/QH16, NQ 237/NQ-UBTVQH16).</li>
 * </ul>
 * An optional {@value #SPLIT_POPULATION} says where the whole population of some split communes of
 * {@value #R2025} went (docs/splits.md).
 */
public final class BundleReader {

    public static final String FORMAT = "bundle";
    public static final String PRE_2025 = "pre-2025";
    public static final String R2025 = "2025-07-01";
    public static final String R2026 = "2026-04-30";
    public static final String ALIASES = "aliases.csv";
    public static final String SPLIT_POPULATION = "split-population.csv";
    public static final String UNIT_HISTORY = "unit-history.csv";
    private static final List<String> KNOWN_RELEASES = List.of(PRE_2025, R2025, R2026);

    private static final List<String> PRE_2025_FILES = List.of("old-provinces.csv", "old-districts.csv", "old-communes.csv");
    private static final List<String> R2025_FILES = List.of("new-provinces.csv", "new-communes.csv",
            "province-mapping.csv", "commune-mapping.csv");
    private static final List<String> R2026_FILES = List.of("new-provinces-2026.csv", "new-communes-2026.csv",
            "commune-mapping-2025-2026.csv");

    private final SourceFiles files;

    public BundleReader(SourceFiles files) {
        this.files = files;
    }

    /** True when the source holds at least one file of the layout. */
    public static boolean looksLikeBundle(SourceFiles files) {
        return files.exists("old-communes.csv") || files.exists("new-communes.csv")
                || files.exists("new-communes-2026.csv");
    }

    /** The releases of the bundle, predecessors first. */
    public List<ReleaseDraft> read() {
        Map<String, ReleaseDraft> drafts = new LinkedHashMap<>();
        if (present(PRE_2025_FILES)) {
            drafts.put(PRE_2025, readPre2025());
        }
        if (present(R2025_FILES)) {
            drafts.put(R2025, read2025());
        }
        if (present(R2026_FILES)) {
            drafts.put(R2026, read2026());
        }
        if (drafts.isEmpty()) {
            throw new DvhcException(ErrorCode.INPUT_FORMAT_UNKNOWN, "not a reference bundle: none of "
                    + PRE_2025_FILES.get(2) + ", " + R2025_FILES.get(1) + " or " + R2026_FILES.get(1) + " found",
                    new Location(files.describe(), 0, 0), "point at a folder in the layout of docs/formats.md");
        }
        if (files.exists(ALIASES)) {
            readAliases(drafts);
        }
        if (files.exists(SPLIT_POPULATION)) {
            readPopulation(drafts.get(R2025));
        }
        return new ArrayList<>(drafts.values());
    }

    private boolean present(List<String> names) {
        long found = names.stream().filter(files::exists).count();
        if (found > 0 && found < names.size()) {
            List<String> missing = names.stream().filter(n -> !files.exists(n)).toList();
            throw new DvhcException(ErrorCode.INPUT_NOT_FOUND, "incomplete bundle: " + String.join(", ", missing)
                    + " missing beside " + names.stream().filter(files::exists).toList(),
                    new Location(files.describe(), 0, 0), "copy the whole release (all of " + names + ")");
        }
        return found == names.size();
    }

    private ReleaseDraft readPre2025() {
        ReleaseDraft draft = new ReleaseDraft(PRE_2025,
                "Before the 2025 reorganisation: 63 provinces, 696 districts, 10,035 communes (GSO list of 2025-07-18)",
                FORMAT);
        readUnits(draft, "old-provinces.csv", UnitLevel.PROVINCE, false);
        readUnits(draft, "old-districts.csv", UnitLevel.DISTRICT, false);
        readUnits(draft, "old-communes.csv", UnitLevel.COMMUNE, true);
        if (files.exists(UNIT_HISTORY)) {
            readHistory(draft);
        }
        return draft;
    }

    private ReleaseDraft read2025() {
        ReleaseDraft draft = new ReleaseDraft(R2025,
                "QĐ 19/2025/QĐ-TTg: 34 provinces, 3,321 communes, no district level", FORMAT);
        draft.predecessorId(PRE_2025);
        draft.effectiveDate(LocalDate.of(2025, 7, 1));
        readUnits(draft, "new-provinces.csv", UnitLevel.PROVINCE, false);
        readUnits(draft, "new-communes.csv", UnitLevel.COMMUNE, true);
        readProvinceMapping(draft, "province-mapping.csv");
        readCommuneMapping(draft, "commune-mapping.csv");
        return draft;
    }

    private ReleaseDraft read2026() {
        ReleaseDraft draft = new ReleaseDraft(R2026,
                "NQ 30/2026/QH16 and NQ 237/NQ-UBTVQH16: Thành phố Đồng Nai, 10 xã become phường (codes unchanged)",
                FORMAT);
        draft.predecessorId(R2025);
        draft.effectiveDate(LocalDate.of(2026, 4, 30));
        readUnits(draft, "new-provinces-2026.csv", UnitLevel.PROVINCE, false);
        readUnits(draft, "new-communes-2026.csv", UnitLevel.COMMUNE, true);
        readTypeChangeMapping(draft, "commune-mapping-2025-2026.csv");
        return draft;
    }

    private void readUnits(ReleaseDraft draft, String file, UnitLevel level, boolean communes) {
        draft.sources().add(files.record(file));
        CsvTable table = files.table(file);
        Header header = table.header(0);
        int code = header.require("code");
        int name = header.require("name");
        int type = header.require("type");
        int fullName = header.require("full_name");
        int parent = header.find("parent_code");
        int province = communes ? header.require("province_code") : -1;
        Problems problems = draft.problems();
        for (CsvTable.Row row : rows(table)) {
            Location at = table.at(row);
            String unitType = row.get(type);
            if (!UnitTypes.isType(level, unitType)) {
                problems.error(at.atColumn(type + 1L), "unknown " + level.label() + " type '" + unitType
                        + "'; expected one of " + UnitTypes.of(level));
            }
            if (!row.get(fullName).equals(unitType + " " + row.get(name))) {
                problems.error(at.atColumn(fullName + 1L), "full_name '" + row.get(fullName)
                        + "' is not type + ' ' + name");
            }
            String parentCode = parent < 0 || row.get(parent).isEmpty() ? null : row.get(parent);
            String provinceCode = switch (level) {
                case PROVINCE -> row.get(code);
                case DISTRICT -> parentCode;
                case COMMUNE -> row.get(province);
            };
            draft.units().add(new Sourced<>(new Unit(level, row.get(code), row.get(name), unitType,
                    level == UnitLevel.PROVINCE || (communes && parent < 0) ? null : parentCode, provinceCode), at));
        }
    }

    private void readProvinceMapping(ReleaseDraft draft, String file) {
        draft.sources().add(files.record(file));
        CsvTable table = files.table(file);
        Header header = table.header(0);
        int oldCode = header.require("old_province_code");
        int newCode = header.require("new_province_code");
        for (CsvTable.Row row : rows(table)) {
            draft.mapping().add(new Sourced<>(new MappingRow(UnitLevel.PROVINCE, row.get(oldCode), row.get(newCode),
                    false, true, "", "only target"), table.at(row)));
        }
    }

    private void readCommuneMapping(ReleaseDraft draft, String file) {
        draft.sources().add(files.record(file));
        CsvTable table = files.table(file);
        Header header = table.header(0);
        int oldCommune = header.require("old_commune_code");
        int oldDistrict = header.require("old_district_code");
        int newCode = header.require("new_commune_code");
        int split = header.require("split");
        int isDefault = header.require("is_default");
        int note = header.find("official_note");
        int basis = header.find("default_basis");
        for (CsvTable.Row row : rows(table)) {
            Location at = table.at(row);
            boolean island = row.get(oldCommune).isEmpty();
            draft.mapping().add(new Sourced<>(new MappingRow(
                    island ? UnitLevel.DISTRICT : UnitLevel.COMMUNE,
                    island ? row.get(oldDistrict) : row.get(oldCommune), row.get(newCode),
                    bool(draft, row, split, at), bool(draft, row, isDefault, at),
                    row.get(note), row.get(basis)), at));
        }
    }

    private void readTypeChangeMapping(ReleaseDraft draft, String file) {
        draft.sources().add(files.record(file));
        CsvTable table = files.table(file);
        Header header = table.header(0);
        int from = header.require("code_2025");
        int to = header.require("code_2026");
        int fromProvince = header.require("province_code_2025");
        int toProvince = header.require("province_code_2026");
        int change = header.find("change");
        int basis = header.find("legal_basis");
        Set<String> provincePairs = new HashSet<>();
        for (CsvTable.Row row : rows(table)) {
            Location at = table.at(row);
            String what = row.get(change).isEmpty() || row.get(change).equals("none") ? ""
                    : row.get(change) + (row.get(basis).isEmpty() ? "" : " (" + row.get(basis) + ")");
            draft.mapping().add(new Sourced<>(new MappingRow(UnitLevel.COMMUNE, row.get(from), row.get(to),
                    false, true, what, "only target"), at));
            if (provincePairs.add(row.get(fromProvince) + ">" + row.get(toProvince))) {
                draft.mapping().add(new Sourced<>(new MappingRow(UnitLevel.PROVINCE, row.get(fromProvince),
                        row.get(toProvince), false, true, "", "only target"), at));
            }
        }
    }

    private void readAliases(Map<String, ReleaseDraft> drafts) {
        CsvTable table = files.table(ALIASES);
        Header header = table.header(0);
        int release = header.require("release");
        int level = header.require("level");
        int alias = header.require("alias_code");
        int code = header.require("code");
        int note = header.require("note");
        Set<ReleaseDraft> used = new HashSet<>();
        for (CsvTable.Row row : rows(table)) {
            Location at = table.at(row);
            ReleaseDraft draft = drafts.get(row.get(release));
            if (draft == null && KNOWN_RELEASES.contains(row.get(release))) {
                continue; // a release of the layout that this folder does not hold
            }
            if (draft == null) {
                throw new DvhcException(ErrorCode.INPUT_MALFORMED, "alias for release '" + row.get(release)
                        + "', which is not a release of the bundle layout " + KNOWN_RELEASES, at.atColumn(release + 1L),
                        "fix the release column");
            }
            UnitLevel unitLevel = label(row.get(level), at.atColumn(level + 1L), UnitLevel::fromLabel,
                    "level", "province, district or commune");
            draft.aliases().add(new Sourced<>(new CodeAlias(unitLevel, row.get(alias), row.get(code), row.get(note)), at));
            used.add(draft);
        }
        used.forEach(d -> d.sources().add(files.record(ALIASES)));
    }

    /**
     * Reads {@value #SPLIT_POPULATION} into a draft of {@value #R2025}: the one {@link #read} makes, or one made
     * from the catalog for a release installed before the file existed. Its file becomes a source of the draft.
     */
    public void readPopulation(ReleaseDraft draft) {
        if (draft == null) {
            throw new DvhcException(ErrorCode.INPUT_NOT_FOUND, SPLIT_POPULATION + " belongs to release " + R2025
                    + ", whose files are not in the folder", new Location(files.label(SPLIT_POPULATION), 0, 0),
                    "copy " + R2025_FILES + " beside it, or remove it");
        }
        draft.sources().add(files.record(SPLIT_POPULATION));
        CsvTable table = files.table(SPLIT_POPULATION);
        Header header = table.header(0);
        int oldCode = header.require("old_commune_code");
        int newCode = header.require("new_commune_code");
        int basis = header.require("basis");
        int nsoNote = header.find("nso_note");
        int resolution = header.find("resolution");
        int resolutionText = header.find("resolution_text");
        for (CsvTable.Row row : rows(table)) {
            Location at = table.at(row);
            if (row.get(basis).isBlank()) {
                draft.problems().error(at.atColumn(basis + 1L), "no basis: say which source decides it");
            }
            draft.population().add(new Sourced<>(new PopulationOutcome(row.get(oldCode), row.get(newCode),
                    row.get(basis), row.get(nsoNote), row.get(resolution), row.get(resolutionText)), at));
        }
    }

    private void readHistory(ReleaseDraft draft) {
        draft.sources().add(files.record(UNIT_HISTORY));
        CsvTable table = files.table(UNIT_HISTORY);
        Header header = table.header(0);
        int level = header.require("level");
        int code = header.require("code");
        int type = header.require("type");
        int name = header.require("name");
        int district = header.require("district_code");
        int province = header.require("province_code");
        int lastListed = header.require("last_listed");
        int change = header.require("change");
        int successors = header.require("successors");
        int basis = header.require("basis");
        int source = header.require("source");
        for (CsvTable.Row row : rows(table)) {
            Location at = table.at(row);
            UnitLevel unitLevel = label(row.get(level), at.atColumn(level + 1L), UnitLevel::fromLabel,
                    "level", "province, district or commune");
            HistoricalName.Change kind = label(row.get(change), at.atColumn(change + 1L), HistoricalName.Change::fromLabel,
                    "change", "renamed, merged or moved");
            List<String> codes = row.get(successors).isEmpty() ? List.of() : List.of(row.get(successors).split("\\|"));
            if (codes.isEmpty() || row.get(basis).isBlank() || row.get(source).isBlank()) {
                draft.problems().error(at, "a historical name needs successors, a basis and a source");
            }
            draft.history().add(new Sourced<>(new HistoricalName(unitLevel, row.get(code), row.get(type), row.get(name),
                    row.get(district).isEmpty() ? null : row.get(district), row.get(province), row.get(lastListed), kind,
                    codes, row.get(basis), row.get(source)), at));
        }
    }

    private static <T> T label(String value, Location at, Function<String, T> parse, String what, String expected) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new DvhcException(ErrorCode.INPUT_MALFORMED, "unknown " + what + " '" + value + "'; expected " + expected,
                    at, null, e);
        }
    }

    private static List<CsvTable.Row> rows(CsvTable table) {
        return table.records().subList(1, table.records().size());
    }

    private static boolean bool(ReleaseDraft draft, CsvTable.Row row, int column, Location at) {
        String value = row.get(column);
        if (!value.equals("true") && !value.equals("false")) {
            draft.problems().error(at.atColumn(column + 1L), "'" + value + "' is not true or false");
        }
        return value.equals("true");
    }
}
