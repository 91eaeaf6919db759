package vn.dvhc.catalog.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dvhc.catalog.problem.Problems;
import vn.dvhc.common.CsvTable;
import vn.dvhc.common.Header;
import vn.dvhc.domain.MappingRow;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.domain.UnitTypes;
import vn.dvhc.domain.VietnameseText;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Reads the statistics office's conversion table "Bảng chuyển đổi ĐVHC mới - cũ" exactly as published
 * ({@code official/nso-conversion-2025-07.csv}): a title row naming the date, a header, upper-case province
 * banner rows, {@code Name (code)} cells, quoted newlines, decomposed Unicode and typos. Nothing is corrected
 * here: a wrong code in the table stays wrong in the release, and the importer's checks report what they can.
 *
 * <p>The release holds the new provinces and communes and the mapping from its predecessor. Split old communes
 * get a default only where the table itself says so ("toàn bộ dân số", "toàn bộ diện tích", a renamed
 * remainder) or the new commune kept the old code or name; otherwise none, and remap flags them.
 */
public final class NsoConversionReader {

    public static final String FORMAT = "nso-conversion";

    private static final String[] COLUMNS = {"Tỉnh, thành phố", "Tên Xã mới", "Mã Xã mới", "Tên Xã cũ", "Mã Xã cũ",
            "Ghi chú", "Quận/huyện", "Tỉnh cũ"};
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final String ISLAND_NOTE = VietnameseText.fold("Sắp xếp toàn bộ huyện");

    private final SourceFiles files;
    private final String file;

    public NsoConversionReader(SourceFiles files, String file) {
        this.files = files;
        this.file = file;
    }

    /** True when one of the first records is the table's header. */
    public static boolean looksLikeNso(CsvTable table) {
        return headerIndex(table) >= 0;
    }

    public ReleaseDraft read(String releaseId) {
        CsvTable table = files.table(file);
        int headerIndex = headerIndex(table);
        if (headerIndex < 0) {
            throw new DvhcException(ErrorCode.INPUT_HEADER, "not the NSO conversion table: no header "
                    + String.join(",", COLUMNS) + " in the first records", Location.of(file, 1),
                    "check --format; the table must keep its published header");
        }
        ReleaseDraft draft = new ReleaseDraft(releaseId, "NSO conversion table " + file, FORMAT);
        draft.sources().add(files.record(file));
        draft.deriveProvinceMapping(true);
        draft.statedDate(statedDate(table, headerIndex));
        Header header = table.header(headerIndex);
        int[] col = new int[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            col[i] = header.require(COLUMNS[i]);
        }
        Map<String, Sourced<Unit>> provinces = new LinkedHashMap<>();
        Map<String, Sourced<Unit>> communes = new LinkedHashMap<>();
        Map<UnitKey, List<Pair>> pairs = new LinkedHashMap<>();
        Problems problems = draft.problems();
        List<CsvTable.Row> records = table.records();
        for (CsvTable.Row row : records.subList(headerIndex + 1, records.size())) {
            Location at = table.at(row);
            if (row.isBlankFrom(1)) {
                continue; // a province banner row ("THÀNH PHỐ HÀ NỘI"): the province comes from each data row
            }
            NameCode province = NameCode.parse(row.get(col[0]));
            String newCode = VietnameseText.clean(row.get(col[2]));
            if (province == null) {
                problems.error(at.atColumn(col[0] + 1L), "province cell '" + VietnameseText.clean(row.get(col[0]))
                        + "' is not 'Name (code)'");
                continue;
            }
            addUnit(provinces, UnitLevel.PROVINCE, province.code(), province.name(), null, province.code(), at, problems);
            addUnit(communes, UnitLevel.COMMUNE, newCode, row.get(col[1]), null, province.code(), at, problems);
            String note = VietnameseText.clean(row.get(col[5]));
            String oldCode = VietnameseText.clean(row.get(col[4]));
            NameCode district = NameCode.parse(row.get(col[6]));
            UnitKey old;
            if (!oldCode.isEmpty()) {
                old = new UnitKey(UnitLevel.COMMUNE, oldCode);
            } else if (VietnameseText.fold(note).startsWith(ISLAND_NOTE) && district != null) {
                old = new UnitKey(UnitLevel.DISTRICT, district.code());
            } else {
                problems.warning(at, "'" + VietnameseText.clean(row.get(col[3]))
                        + "' has no old code and is no island district: not an administrative unit, skipped");
                continue;
            }
            NameCode oldProvince = NameCode.parse(row.get(col[7]));
            if (oldProvince != null) {
                draft.statedProvinces().add(new ReleaseDraft.StatedProvince(old, oldProvince.code(),
                        VietnameseText.clean(row.get(col[7])), at.atColumn(col[7] + 1L)));
            }
            pairs.computeIfAbsent(old, k -> new ArrayList<>())
                    .add(new Pair(newCode, note, VietnameseText.clean(row.get(col[3])), at));
        }
        draft.units().addAll(provinces.values());
        draft.units().addAll(communes.values());
        addMapping(draft, pairs, communes);
        return draft;
    }

    private static int headerIndex(CsvTable table) {
        List<CsvTable.Row> records = table.records();
        for (int i = 0; i < Math.min(5, records.size()); i++) {
            if (new Header(table.file(), records.get(i)).hasAll(COLUMNS)) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate statedDate(CsvTable table, int headerIndex) {
        for (CsvTable.Row row : table.records().subList(0, headerIndex)) {
            Matcher m = DATE.matcher(String.join(" ", row.fields()));
            if (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(1)));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private void addUnit(Map<String, Sourced<Unit>> units, UnitLevel level, String code, String fullName,
                         String parent, String province, Location at, Problems problems) {
        UnitTypes.Split split = UnitTypes.split(level, fullName);
        if (split == null) {
            problems.error(at, level.label() + " name '" + VietnameseText.clean(fullName)
                    + "' does not start with a type " + UnitTypes.of(level));
            return;
        }
        Sourced<Unit> known = units.get(code);
        if (known == null) {
            if (split.misspelt()) {
                problems.warning(at, "type '" + split.writtenType() + "' of '" + VietnameseText.clean(fullName)
                        + "' read as '" + split.type() + "'");
            }
            units.put(code, new Sourced<>(new Unit(level, code, split.name(), split.type(), parent, province), at));
        } else if (!known.value().provinceCode().equals(province)) {
            problems.error(at, level.label() + " " + code + " is in province " + province + " here but in "
                    + known.value().provinceCode() + " at " + known.at());
        } else if (!VietnameseText.toneKey(known.value().name()).equals(VietnameseText.toneKey(split.name()))
                && !split.misspelt()) {
            problems.warning(at, level.label() + " " + code + " is named '" + split.name() + "' here but '"
                    + known.value().name() + "' at " + known.at());
        }
    }

    private static void addMapping(ReleaseDraft draft, Map<UnitKey, List<Pair>> pairs, Map<String, Sourced<Unit>> communes) {
        for (Map.Entry<UnitKey, List<Pair>> entry : pairs.entrySet()) {
            UnitKey old = entry.getKey();
            List<Pair> targets = entry.getValue();
            boolean split = targets.size() > 1;
            Choice choice = split ? chooseDefault(old, targets, communes) : new Choice(0, "only target");
            for (int i = 0; i < targets.size(); i++) {
                Pair target = targets.get(i);
                draft.mapping().add(new Sourced<>(new MappingRow(old.level(), old.code(), target.newCode(), split,
                        i == choice.index(), target.note(), choice.basis()), target.at()));
            }
        }
    }

    // The first rules of the shared reference's is_default that the table alone can apply; the geographic
    // heuristics are left out on purpose: without them a split has no default and remap flags it.
    private static Choice chooseDefault(UnitKey old, List<Pair> targets, Map<String, Sourced<Unit>> communes) {
        String[][] noteRules = {
                {"toan bo dan so", "official: toàn bộ dân số"},
                {"toan bo dien tich", "official: toàn bộ diện tích"},
                {"phan con lai", "official: renamed/remainder note"},
                {"doi ten", "official: renamed/remainder note"}};
        for (String[] rule : noteRules) {
            for (int i = 0; i < targets.size(); i++) {
                if (VietnameseText.fold(targets.get(i).note()).contains(rule[0])) {
                    return new Choice(i, rule[1]);
                }
            }
        }
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).newCode().equals(old.code())) {
                return new Choice(i, "code retained");
            }
        }
        for (int i = 0; i < targets.size(); i++) {
            Sourced<Unit> unit = communes.get(targets.get(i).newCode());
            UnitTypes.Split oldName = UnitTypes.split(UnitLevel.COMMUNE, targets.get(i).oldName());
            if (unit != null && oldName != null
                    && VietnameseText.toneKey(unit.value().name()).equals(VietnameseText.toneKey(oldName.name()))) {
                return new Choice(i, "same name");
            }
        }
        return new Choice(-1, "no default");
    }

    private record Pair(String newCode, String note, String oldName, Location at) {
    }

    private record Choice(int index, String basis) {
    }
}
