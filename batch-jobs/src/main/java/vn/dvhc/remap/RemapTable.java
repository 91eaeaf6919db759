package vn.dvhc.remap;

import java.util.List;
import java.util.stream.Collectors;

import vn.dvhc.catalog.ConversionTable;
import vn.dvhc.common.Csv;
import vn.dvhc.domain.CodeAlias;
import vn.dvhc.domain.Conversion;
import vn.dvhc.domain.PopulationTarget;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;

/**
 * Every old code of the starting release, resolved once before the first row: arrays indexed by the code's
 * number (a 5-digit commune code is its own index, so {@code 00001} and {@code 1} can never meet: only 5-digit
 * text reaches the array). Each entry carries the bytes appended to its rows, already encoded and quoted.
 */
final class RemapTable {

    /** What a row with this old code becomes. */
    static final class Entry {
        final Unit old;
        final int oldProvince;
        /** The old commune's district (an island district: itself), or -1 when the starting release has none. */
        final int oldDistrict;
        final byte status;
        final boolean split;
        /** Appended to the row; null when the row is rejected (a split with {@code --on-split reject}). */
        final byte[] suffix;
        /** The new province the row counts for, or -1. */
        final int newProvince;
        final String candidates;
        /**
         * The new commune's code as a number when the entry decides it (mapped, alias, resolved by law), else -1;
         * its new province is {@link #newProvince}.
         */
        final int target;
        final CodeAlias alias;
        /** Where the old code went: the candidates the split rules and the worklist need. */
        final Conversion conversion;

        // The mark of a code that is no unit of the starting release (see commune).
        private Entry() {
            conversion = null;
            old = null;
            oldProvince = -1;
            oldDistrict = -1;
            status = NONE;
            split = false;
            suffix = null;
            newProvince = -1;
            candidates = null;
            target = -1;
            alias = null;
        }

        Entry(Conversion conversion, byte status, boolean split, byte[] suffix, int newProvince, String candidates,
              Unit target) {
            this.conversion = conversion;
            this.old = conversion.old();
            this.oldProvince = Integer.parseInt(old.provinceCode());
            String district = old.level() == UnitLevel.DISTRICT ? old.code() : old.parentCode();
            this.oldDistrict = district == null ? -1 : Integer.parseInt(district);
            this.status = status;
            this.split = split;
            this.suffix = suffix;
            this.newProvince = newProvince;
            this.candidates = candidates;
            this.target = target == null ? -1 : Integer.parseInt(target.code());
            this.alias = conversion.alias();
        }
    }

    static final byte NONE = -1;
    private static final Entry ABSENT = new Entry();

    final String from;
    final String to;
    /**
     * By code, each filled when a row first shows it ({@link #commune}): a small file needs a few entries, not
     * 11,000 (issue 17). Threads may fill one at once; both write equal, immutable entries.
     */
    private final Entry[] communes = new Entry[100_000];
    private final ConversionTable conversions;
    private final OnSplit onSplit;
    final Entry[] islands = new Entry[1000];
    final boolean[] districtExists = new boolean[1000];
    final boolean[] provinceExists = new boolean[100];
    /** Old province → the new province its rows count for, or -1. */
    final int[] provinceTarget = new int[100];
    /** Full names of the target release's provinces, by code. */
    final String[] provinceNames = new String[100];
    /** Codes of the target release, to say so when such a code appears in a file of the starting release. */
    final String[] targetNames = new String[100_000];
    private final Appender appender;

    private RemapTable(ConversionTable conversions, OnSplit onSplit, Appender appender) {
        this.appender = appender;
        this.conversions = conversions;
        this.onSplit = onSplit;
        this.from = conversions.from().id();
        this.to = conversions.to().id();
        java.util.Arrays.fill(provinceTarget, -1);
    }

    /** Whether the rows get {@code remap_basis} and {@code match_note} after the seven columns. */
    boolean basisColumns() {
        return appender.basisColumns;
    }

    static RemapTable build(ConversionTable conversions, OnSplit onSplit, TextEncoding encoding, char delimiter,
                            boolean basisColumns) {
        Appender appender = new Appender(encoding, delimiter, conversions, basisColumns);
        RemapTable table = new RemapTable(conversions, onSplit, appender);
        for (Unit unit : conversions.fromUnits(UnitLevel.PROVINCE)) {
            int code = Integer.parseInt(unit.code());
            table.provinceExists[code] = true;
            Conversion province = conversions.convert(unit.key());
            if (province != null && province.candidates().size() == 1) {
                table.provinceTarget[code] = Integer.parseInt(province.candidates().get(0).unit().code());
            }
        }
        for (Unit unit : conversions.fromUnits(UnitLevel.DISTRICT)) {
            table.districtExists[Integer.parseInt(unit.code())] = true;
            Conversion island = conversions.convert(unit.key());
            if (!island.candidates().isEmpty()) {
                table.islands[Integer.parseInt(unit.code())] = appender.entry(island, onSplit);
            }
        }
        for (Unit province : conversions.toUnits(UnitLevel.PROVINCE)) {
            table.provinceNames[Integer.parseInt(province.code())] = province.fullName();
        }
        for (Unit target : conversions.toUnits(UnitLevel.COMMUNE)) {
            table.targetNames[Integer.parseInt(target.code())] = target.fullName();
        }
        return table;
    }

    /** What a row with this 5-digit commune code becomes (a unit of the starting release or a known alias), or null. */
    Entry commune(int code) {
        Entry entry = communes[code];
        if (entry == null) {
            Conversion conversion = conversions.convert(new UnitKey(UnitLevel.COMMUNE, fiveDigits(code)));
            entry = conversion == null ? ABSENT : appender.entry(conversion, onSplit);
            communes[code] = entry;
        }
        return entry == ABSENT ? null : entry;
    }

    private static String fiveDigits(int code) {
        String digits = Integer.toString(code);
        return "00000".substring(digits.length()) + digits;
    }

    /**
     * The appended columns of a split row that the split rules resolve to {@code commune} (status RESOLVED), or
     * leave open with a {@code note} (status SPLIT; {@code commune} null, or the default candidate with
     * {@code --on-split default}); only in a table with the basis columns.
     */
    byte[] splitSuffix(Entry entry, Unit commune, boolean resolved, String basis, String note) {
        String province = resolved ? commune.provinceCode()
                : entry.newProvince < 0 ? "" : String.format("%02d", entry.newProvince);
        return appender.suffix(province, commune, resolved ? "RESOLVED" : "SPLIT", entry.candidates, basis, note);
    }

    /** Builds the appended columns of each kind of row. */
    private static final class Appender {
        private final TextEncoding encoding;
        private final char delimiter;
        private final ConversionTable conversions;
        private final boolean basisColumns;

        Appender(TextEncoding encoding, char delimiter, ConversionTable conversions, boolean basisColumns) {
            this.encoding = encoding;
            this.delimiter = delimiter;
            this.conversions = conversions;
            this.basisColumns = basisColumns;
        }

        Entry entry(Conversion conversion, OnSplit onSplit) {
            List<Conversion.Candidate> candidates = conversion.candidates();
            String codes = candidates.stream().map(c -> c.unit().code()).collect(Collectors.joining("|"));
            if (candidates.isEmpty()) {
                return new Entry(conversion, NONE, false, null, -1, "", null);
            }
            String province = candidates.stream().map(c -> c.unit().provinceCode()).distinct().count() == 1
                    ? candidates.get(0).unit().provinceCode() : "";
            int newProvince = province.isEmpty() ? -1 : Integer.parseInt(province);
            if (!conversion.split()) {
                byte status = conversion.alias() == null ? RemapCounts.MAPPED : RemapCounts.ALIAS;
                Unit unit = candidates.get(0).unit();
                return new Entry(conversion, status, false,
                        suffix(province, unit, status == RemapCounts.MAPPED ? "MAPPED" : "ALIAS", codes, "", ""),
                        newProvince, codes, unit);
            }
            PopulationTarget law = onSplit == OnSplit.POPULATION ? conversions.population(conversion.old().key()) : null;
            if (law != null) {
                Unit unit = law.candidate().unit();
                return new Entry(conversion, RemapCounts.RESOLVED, true,
                        suffix(unit.provinceCode(), unit, "RESOLVED", codes, law.basis(), ""),
                        Integer.parseInt(unit.provinceCode()), codes, unit);
            }
            Conversion.Candidate chosen = conversion.defaultCandidate();
            byte[] suffix = switch (onSplit) {
                case FLAG, POPULATION -> suffix(province, null, "SPLIT", codes, "", "");
                case DEFAULT -> suffix(province, chosen == null ? null : chosen.unit(), "SPLIT", codes, "", "");
                case REJECT -> null;
            };
            return new Entry(conversion, RemapCounts.SPLIT, true, suffix, newProvince, codes, null);
        }

        // remap_basis and match_note only in a table that has them: without them the bytes are those of before.
        private byte[] suffix(String province, Unit commune, String status, String candidates, String basis,
                              String note) {
            Unit provinceUnit = province.isEmpty() ? null : conversions.toUnit(new UnitKey(UnitLevel.PROVINCE, province));
            String[] fields = {
                    province,
                    provinceUnit == null ? "" : provinceUnit.fullName(),
                    commune == null ? "" : commune.code(),
                    commune == null ? "" : commune.fullName(),
                    commune == null ? "" : commune.type(),
                    status,
                    candidates,
                    basis,
                    note};
            ByteSink bytes = new ByteSink(128);
            for (String field : basisColumns ? fields : java.util.Arrays.copyOf(fields, 7)) {
                bytes.write((byte) delimiter);
                bytes.write(encoding.encode(Csv.quoteIfNeeded(field, delimiter)));
            }
            return java.util.Arrays.copyOf(bytes.bytes(), bytes.length());
        }
    }
}
