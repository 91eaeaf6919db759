package vn.dvhc.remap.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.dvhc.catalog.ConversionTable;
import vn.dvhc.domain.Conversion;
import vn.dvhc.domain.PopulationTarget;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.domain.address.AddressMatch;
import vn.dvhc.domain.address.MatchStatus;
import vn.dvhc.remap.CodePadding;
import vn.dvhc.remap.OnSplit;
import vn.dvhc.remap.RejectReason;
import vn.dvhc.remap.address.AddressLookup;
import vn.dvhc.remap.address.Located;
import vn.dvhc.remap.address.NewAddress;

/**
 * The remap of one row of a table: the same rules, statuses, columns and reject details as the file remap gives the
 * same row (docs/remap.md; {@code TableRemapEquivalenceIT} holds them to it), worked out from the
 * {@link ConversionTable} per row instead of from the file remap's byte tables. Every row comes out written or
 * rejected, never dropped. Used by one thread at a time: the reading thread of a partition ({@link TableReader}).
 */
public final class RowRemapper {

    private static final long EMPTY = -1;
    private static final long MALFORMED = -2;
    private static final int COMMUNE = CodePadding.COMMUNE;
    private static final int DISTRICT = CodePadding.DISTRICT;
    private static final int PROVINCE = CodePadding.PROVINCE;
    /**
     * Results remembered per remapper: a register of every commune holds about 10,600 distinct code triples, each
     * entry a few hundred bytes; past this many, rows are remapped without being remembered.
     */
    static final int MEMO_LIMIT = 16_384;

    private final ConversionTable conversions;
    private final OnSplit onSplit;
    private final boolean padCodes;
    private final boolean basis;
    /** Null when the rows are remapped by code alone. */
    private final AddressLookup lookup;
    private final boolean byCode;
    private final boolean byAddress;
    private final boolean names;
    private final int columns;
    /** A row remapped by its codes alone, per (commune, district, province) text: a million rows hold a few thousand. */
    private final Map<Codes, RemappedRow> memo = new HashMap<>();

    /**
     * @param lookup   the address reader, or null when the table is remapped by its codes alone
     * @param byCode   whether the table has a commune code column (then the code decides)
     * @param byAddress whether the text is a free-text address rather than unit names
     */
    public RowRemapper(ConversionTable conversions, OnSplit onSplit, boolean padCodes, AddressLookup lookup,
                       boolean byCode, boolean byAddress) {
        this.conversions = conversions;
        this.onSplit = onSplit;
        this.padCodes = padCodes;
        this.basis = onSplit == OnSplit.POPULATION;
        this.lookup = lookup;
        this.byCode = byCode;
        this.byAddress = byAddress;
        this.names = lookup != null;
        this.columns = columns().size();
    }

    /** The columns this remapper fills, in order. */
    public List<String> columns() {
        return TableLayout.outputColumns(names, byAddress, basis);
    }

    public RemappedRow remap(SourceRow row) {
        if (names) {
            // Names and addresses are read per row, and a row's text is seldom another's: nothing to remember.
            return new Work(row).remap();
        }
        // By code alone the result is a function of the three codes' text (the key is only carried along), so each
        // triple is worked out once (a third of the step's samples went to this per row: docs/tables.md "Speed").
        Codes codes = new Codes(row.commune(), row.district(), row.province());
        RemappedRow known = memo.get(codes);
        if (known == null) {
            RemappedRow remapped = new Work(row).remap();
            if (memo.size() < MEMO_LIMIT) {
                memo.put(codes, remapped);
            }
            return remapped;
        }
        // The values array is shared between the rows of a triple: nothing writes into it after the remap.
        return new RemappedRow(row.key(), known.values(), known.status(), known.reason(), known.detail(),
                known.newProvince(), known.padded(), known.mismatch());
    }

    /**
     * The text of a row's code columns, as read (null where the run reads no such column). Not a record: a record's
     * equals and hashCode go through method handles, which a profile showed at half of the memo's lookups.
     */
    private static final class Codes {
        private final String commune;
        private final String district;
        private final String province;
        private final int hash;

        Codes(String commune, String district, String province) {
            this.commune = commune;
            this.district = district;
            this.province = province;
            this.hash = (Objects.hashCode(commune) * 31 + Objects.hashCode(district)) * 31 + Objects.hashCode(province);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Codes o && hash == o.hash && Objects.equals(commune, o.commune)
                    && Objects.equals(district, o.district) && Objects.equals(province, o.province);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** One row's remap: the codes read, which of them were padded. */
    private final class Work {
        private final SourceRow row;
        private int padded;

        Work(SourceRow row) {
            this.row = row;
        }

        RemappedRow remap() {
            Located located = names ? locate() : null;
            long commune;
            if (located != null && !byCode) {
                RejectReason rejection = switch (located.match().status()) {
                    case MATCHED -> null;
                    case AMBIGUOUS -> RejectReason.ADDRESS_AMBIGUOUS;
                    case UNRECOGNISED -> RejectReason.ADDRESS_UNRECOGNISED;
                };
                if (rejection != null) {
                    return reject(rejection, located.province() == null ? -1 : newProvinceOf(located.province()),
                            located.detail());
                }
                commune = Long.parseLong(located.commune());
            } else {
                commune = code(row.commune(), COMMUNE, 5);
            }
            long district = code(row.district(), DISTRICT, 3);
            long province = code(row.province(), PROVINCE, 2);
            Conversion conversion;
            if (commune == EMPTY) {
                conversion = district >= 0 ? island(district) : null;
                if (conversion == null) {
                    return reject(RejectReason.MISSING_CODE, provinceOf(province), "no commune code"
                            + (district >= 0 && conversions.fromUnit(key(UnitLevel.DISTRICT, district, 3)) != null
                            ? " (district " + text(row.district()) + " is not an island district without communes)" : ""));
                }
            } else if (commune == MALFORMED) {
                return reject(RejectReason.MALFORMED_CODE, provinceOf(province),
                        CodePadding.malformed(COMMUNE, digits(row.commune())));
            } else {
                conversion = conversions.convert(key(UnitLevel.COMMUNE, commune, 5));
                boolean none = conversion == null || conversion.candidates().isEmpty();
                if ((padded & 1 << COMMUNE) != 0 && none) {
                    return reject(RejectReason.MALFORMED_CODE, provinceOf(province), CodePadding.notPadded(padded,
                            codes(), "the " + conversions.from().id() + " list has no commune "
                                    + CodePadding.padTo(digits(row.commune()), 5)));
                }
                if (none) {
                    Unit elsewhere = conversions.toUnit(key(UnitLevel.COMMUNE, commune, 5));
                    String to = conversions.to().id();
                    return reject(RejectReason.UNKNOWN_CODE, provinceOf(province), "commune " + text(row.commune())
                            + " is not a code of " + conversions.from().id() + (conversion != null
                            ? " with a successor in " + to : elsewhere != null ? "; in " + to + " it is "
                            + elsewhere.fullName() + " (was the file converted already? then use --from " + to + ")" : ""));
                }
            }
            Outcome outcome = outcome(conversion);
            if (district == MALFORMED || province == MALFORMED) {
                int slot = district == MALFORMED ? DISTRICT : PROVINCE;
                return reject(RejectReason.MALFORMED_CODE, outcome.newProvince,
                        CodePadding.malformed(slot, digits(slot == DISTRICT ? row.district() : row.province())));
            }
            String mismatch = parentMismatch(conversion.old(), district, province);
            if (mismatch != null) {
                // Padding is kept only where the row's own columns confirm it.
                return reject(padded != 0 ? RejectReason.MALFORMED_CODE : RejectReason.PARENT_MISMATCH,
                        outcome.newProvince, padded != 0 ? CodePadding.notPadded(padded, codes(), mismatch) : mismatch);
            }
            if (outcome.status == null) {
                Unit old = conversion.old();
                return reject(RejectReason.SPLIT, outcome.newProvince, "commune " + old.code() + " (" + old.fullName()
                        + ") was split; candidates " + outcome.candidates
                        + (padded != 0 ? CodePadding.note(padded, codes()) : ""));
            }
            return written(conversion, outcome, located);
        }

        private RemappedRow written(Conversion conversion, Outcome outcome, Located located) {
            String[] values = new String[columns];
            int i = 0;
            Unit old = conversion.old();
            boolean mismatch = false;
            if (names) {
                values[i++] = old.level() == UnitLevel.COMMUNE ? old.code() : null;
            }
            Unit province = outcome.province.isEmpty() ? null
                    : conversions.toUnit(new UnitKey(UnitLevel.PROVINCE, outcome.province));
            values[i++] = outcome.province;
            values[i++] = province == null ? null : province.fullName();
            values[i++] = outcome.commune == null ? null : outcome.commune.code();
            values[i++] = outcome.commune == null ? null : outcome.commune.fullName();
            values[i++] = outcome.commune == null ? null : outcome.commune.type();
            values[i++] = outcome.status;
            values[i++] = outcome.candidates;
            if (basis) {
                values[i++] = outcome.basis;
            }
            if (names) {
                AddressMatch match = located.match();
                boolean same = !byCode || located.matched() && located.commune().equals(old.code());
                String note;
                if (byCode) {
                    String problem = mismatch(old, located);
                    mismatch = problem != null;
                    note = problem != null ? "MISMATCH: " + problem : match.status() == MatchStatus.UNRECOGNISED
                            ? source() + ": " + located.detail() : match.note();
                } else {
                    note = match.note();
                }
                if (byAddress) {
                    values[i++] = same && located.matched() && !conversion.split()
                            ? NewAddress.of(match.prefix(), outcome.commune.fullName(),
                            conversions.toUnit(new UnitKey(UnitLevel.PROVINCE, outcome.province)).fullName()) : null;
                }
                values[i++] = note;
            } else if (basis) {
                values[i++] = null;
            }
            for (int k = 0; k < values.length; k++) {
                if (values[k] != null && values[k].isEmpty()) {
                    values[k] = null;
                }
            }
            return new RemappedRow(row.key(), values, outcome.status, null, null, outcome.newProvince, padded != 0,
                    mismatch);
        }

        private RemappedRow reject(RejectReason reason, int newProvince, String detail) {
            return new RemappedRow(row.key(), null, null, reason, detail, newProvince, false, false);
        }

        private Located locate() {
            return byAddress ? lookup.address(row.address())
                    : lookup.names(row.communeName(), row.districtName(), row.provinceName());
        }

        // The code in a column's text: its number, EMPTY (no text, or no such column), or MALFORMED (not exactly
        // `width` digits; with --pad-codes fewer digits are read as the number they are, and the slot is marked).
        private long code(String value, int slot, int width) {
            String text = digits(value);
            if (text.isEmpty()) {
                return EMPTY;
            }
            if (text.length() != width) {
                if (!padCodes || text.length() > width) {
                    return MALFORMED;
                }
                padded |= 1 << slot;
            }
            long number = 0;
            for (int p = 0; p < text.length(); p++) {
                int digit = text.charAt(p) - '0';
                if (digit < 0 || digit > 9) {
                    padded &= ~(1 << slot);
                    return MALFORMED;
                }
                number = number * 10 + digit;
            }
            return number;
        }

        private String parentMismatch(Unit old, long district, long province) {
            String oldDistrict = old.level() == UnitLevel.DISTRICT ? old.code() : old.parentCode();
            if (district >= 0 && oldDistrict != null && district != Integer.parseInt(oldDistrict)) {
                return describe(old) + " is in district " + oldDistrict + ", not " + text(row.district());
            }
            if (province >= 0 && province != Integer.parseInt(old.provinceCode())) {
                return describe(old) + " is in province " + old.provinceCode() + ", not " + text(row.province());
            }
            return null;
        }

        private String[] codes() {
            return new String[]{digits(row.commune()), digits(row.district()), digits(row.province())};
        }

        private String source() {
            return byAddress ? "address" : "names";
        }
    }

    /** What a row of an old unit becomes, as the file remap's table computes it per code. */
    private record Outcome(String province, int newProvince, Unit commune, String status, String candidates,
                           String basis) {
    }

    private Outcome outcome(Conversion conversion) {
        List<Conversion.Candidate> candidates = conversion.candidates();
        String codes = candidates.stream().map(c -> c.unit().code()).collect(Collectors.joining("|"));
        String province = candidates.stream().map(c -> c.unit().provinceCode()).distinct().count() == 1
                ? candidates.get(0).unit().provinceCode() : "";
        int newProvince = province.isEmpty() ? -1 : Integer.parseInt(province);
        if (!conversion.split()) {
            return new Outcome(province, newProvince, candidates.get(0).unit(),
                    conversion.alias() == null ? "MAPPED" : "ALIAS", codes, "");
        }
        PopulationTarget law = onSplit == OnSplit.POPULATION ? conversions.population(conversion.old().key()) : null;
        if (law != null) {
            Unit unit = law.candidate().unit();
            return new Outcome(unit.provinceCode(), Integer.parseInt(unit.provinceCode()), unit, "RESOLVED", codes,
                    law.basis());
        }
        Conversion.Candidate chosen = conversion.defaultCandidate();
        return switch (onSplit) {
            case FLAG, POPULATION -> new Outcome(province, newProvince, null, "SPLIT", codes, "");
            case DEFAULT -> new Outcome(province, newProvince, chosen == null ? null : chosen.unit(), "SPLIT", codes, "");
            case REJECT -> new Outcome(province, newProvince, null, null, codes, "");
        };
    }

    private Conversion island(long district) {
        Conversion island = conversions.convert(key(UnitLevel.DISTRICT, district, 3));
        return island == null || island.candidates().isEmpty() ? null : island;
    }

    // The code decided: whether the text names another unit, in the words of the file remap.
    private String mismatch(Unit old, Located located) {
        AddressMatch match = located.match();
        String source = byAddress ? "address" : "names";
        if (match.status() == MatchStatus.MATCHED && !match.commune().code().equals(old.code())) {
            return source + " read as " + lookup.describe(match.commune()) + ", the code is " + old.code();
        }
        if (match.status() == MatchStatus.AMBIGUOUS
                && match.candidates().stream().noneMatch(c -> c.code().equals(old.code()))) {
            return source + " read as " + match.candidates().size() + " old communes, none of them " + old.code()
                    + " of the code";
        }
        if (match.status() == MatchStatus.UNRECOGNISED && match.province() != null
                && !match.province().code().equals(old.provinceCode())) {
            return source + " read as " + match.province().fullName() + ", the code's commune is in province "
                    + old.provinceCode();
        }
        return null;
    }

    private static String describe(Unit unit) {
        return unit.level().label() + " " + unit.code() + " (" + unit.fullName() + ")";
    }

    // The new province rows of an old province count for: its only successor, or -1.
    private int provinceOf(long oldProvince) {
        return oldProvince < 0 ? -1 : newProvinceOf(String.format("%02d", oldProvince));
    }

    private int newProvinceOf(String oldProvince) {
        Unit old = conversions.fromUnit(new UnitKey(UnitLevel.PROVINCE, oldProvince));
        Conversion conversion = old == null ? null : conversions.convert(old.key());
        return conversion == null || conversion.candidates().size() != 1 ? -1
                : Integer.parseInt(conversion.candidates().get(0).unit().code());
    }

    // Zero-padded by hand: String.format took about 7 % of the remap step's samples in a profile (docs/tables.md).
    private static UnitKey key(UnitLevel level, long code, int width) {
        String digits = Long.toString(code);
        return new UnitKey(level, digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits);
    }

    // A column's text as the file remap quotes it in a detail: trimmed.
    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    // A code's text: without surrounding blanks and quotes.
    private static String digits(String value) {
        String text = text(value);
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1).trim() : text;
    }
}
