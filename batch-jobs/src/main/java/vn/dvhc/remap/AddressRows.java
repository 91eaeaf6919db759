package vn.dvhc.remap;

import java.util.ArrayList;
import java.util.List;

import vn.dvhc.common.Csv;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.domain.address.AddressMatch;
import vn.dvhc.domain.address.MatchStatus;
import vn.dvhc.remap.address.AddressLookup;
import vn.dvhc.remap.address.Located;
import vn.dvhc.remap.address.NewAddress;

/**
 * The part of a row's remap that reads its address or unit names (spec §5a). Only those fields are decoded; the
 * row itself is still copied byte for byte. Without a commune code column the old commune is the one the text
 * names, and a row that cannot be pinned down is rejected ({@code ADDRESS_AMBIGUOUS}, {@code ADDRESS_UNRECOGNISED}).
 * With a code column the code decides, and a text that names another commune is noted on the row and counted.
 * Rows get {@code old_commune_code} before the seven remap columns and, after them, {@code new_address} (address
 * input) and {@code match_note}.
 */
final class AddressRows {

    private static final int ADDRESS = 4;
    private static final int COMMUNE_NAME = 5;
    private static final int DISTRICT_NAME = 6;
    private static final int PROVINCE_NAME = 7;

    private final AddressLookup lookup;
    private final RemapTable table;
    private final TextEncoding encoding;
    private final char delimiter;
    private final boolean byCode;
    private final boolean byAddress;

    AddressRows(AddressLookup lookup, RemapTable table, InputLayout layout, TextEncoding encoding) {
        this.lookup = lookup;
        this.table = table;
        this.encoding = encoding;
        this.delimiter = layout.delimiter();
        this.byCode = layout.communeColumn() >= 0;
        this.byAddress = layout.names().address() >= 0;
    }

    /**
     * The columns added to the input's header, in order. With split resolution ({@code basisColumns}) and addresses
     * there is one {@code match_note}: {@code old_commune_code}, the seven, {@code remap_basis}, {@code new_address},
     * {@code match_note}.
     */
    static List<String> columns(InputLayout layout, List<String> remapColumns, boolean basisColumns) {
        List<String> columns = new ArrayList<>();
        if (!layout.names().any()) {
            columns.addAll(remapColumns);
            if (basisColumns) {
                columns.addAll(List.of(PartWriter.BASIS_COLUMNS));
            }
            return columns;
        }
        columns.add("old_commune_code");
        columns.addAll(remapColumns);
        if (basisColumns) {
            columns.add("remap_basis");
        }
        if (layout.names().address() >= 0) {
            columns.add("new_address");
        }
        columns.add("match_note");
        return columns;
    }

    /** What the row's text says. */
    Located locate(RecordBlock block, int i) {
        return byAddress ? lookup.address(text(block, ADDRESS, i))
                : lookup.names(text(block, COMMUNE_NAME, i), text(block, DISTRICT_NAME, i), text(block, PROVINCE_NAME, i));
    }

    /** Whether the text decides the row's old commune: there is no code column. */
    boolean decides() {
        return !byCode;
    }

    /** The reason a row the text decides is rejected, or null when it is pinned to one old commune. */
    RejectReason rejection(Located located) {
        return switch (located.match().status()) {
            case MATCHED -> null;
            case AMBIGUOUS -> RejectReason.ADDRESS_AMBIGUOUS;
            case UNRECOGNISED -> RejectReason.ADDRESS_UNRECOGNISED;
        };
    }

    /** The new province a rejected row counts for, or -1. */
    int newProvince(Located located) {
        if (located.province() == null) {
            return -1;
        }
        int old = Integer.parseInt(located.province());
        return table.provinceExists[old] ? table.provinceTarget[old] : -1;
    }

    /** The old commune's code as a number, the index of {@link RemapTable#communes}. */
    static long code(Located located) {
        return Long.parseLong(located.commune());
    }

    void writeBefore(ByteSink output, RemapTable.Entry entry) {
        output.write((byte) delimiter);
        if (entry.old.level() == UnitLevel.COMMUNE) {
            output.write(encoding.encode(entry.old.code()));
        }
    }

    /**
     * Writes {@code new_address} (address input) and {@code match_note}. {@code commune} is the new commune the row
     * goes to (its code as a number; -1 while it stays split) in new province {@code province}: mapped, or resolved
     * by law or by a rule, the commune is decided and the new address is written (decision 0073). {@code splitNote}
     * (null or empty for none) is the split resolution's note, joined to the address's with {@code "; "}.
     */
    void writeAfter(OutputBlock out, RemapTable.Entry entry, Located located, int commune, int province,
                    String splitNote) {
        AddressMatch match = located.match();
        boolean same = !byCode || located.matched() && located.commune().equals(entry.old.code());
        String note = byCode ? check(entry, located, out.counts) : match.note();
        if (byAddress) {
            out.output.write((byte) delimiter);
            if (same && located.matched() && commune >= 0) {
                out.output.write(encoding.encode(Csv.quoteIfNeeded(NewAddress.of(match.prefix(),
                        table.targetNames[commune], table.provinceNames[province]), delimiter)));
            }
        }
        if (splitNote != null && !splitNote.isEmpty()) {
            note = note == null || note.isEmpty() ? splitNote : note + "; " + splitNote;
        }
        out.output.write((byte) delimiter);
        out.output.write(encoding.encode(Csv.quoteIfNeeded(note, delimiter)));
    }

    /**
     * Where the last field of appended columns starts (after its delimiter): a field quoted as {@link Csv} quotes it
     * is read back from its closing quote, its doubled quotes skipped.
     */
    static int lastFieldStart(byte[] suffix, byte delimiter) {
        int k = suffix.length - 1;
        if (k >= 0 && suffix[k] == '"') {
            k--;
            while (k >= 0) {
                if (suffix[k] == '"') {
                    if (k > 0 && suffix[k - 1] == '"') {
                        k -= 2;
                        continue;
                    }
                    return k;
                }
                k--;
            }
            return 0;
        }
        while (k >= 0 && suffix[k] != delimiter) {
            k--;
        }
        return k + 1;
    }

    // The code decided: says whether the text agrees, and counts the rows where it names another unit.
    private String check(RemapTable.Entry entry, Located located, RemapCounts counts) {
        AddressMatch match = located.match();
        Unit old = entry.old;
        String source = byAddress ? "address" : "names";
        String mismatch = null;
        if (match.status() == MatchStatus.MATCHED && !match.commune().code().equals(old.code())) {
            mismatch = source + " read as " + lookup.describe(match.commune()) + ", the code is " + old.code();
        } else if (match.status() == MatchStatus.AMBIGUOUS
                && match.candidates().stream().noneMatch(c -> c.code().equals(old.code()))) {
            mismatch = source + " read as " + match.candidates().size() + " old communes, none of them " + old.code()
                    + " of the code";
        } else if (match.status() == MatchStatus.UNRECOGNISED && match.province() != null
                && !match.province().code().equals(old.provinceCode())) {
            mismatch = source + " read as " + match.province().fullName() + ", the code's commune is in province "
                    + old.provinceCode();
        }
        if (mismatch != null) {
            counts.addressMismatches++;
            return "MISMATCH: " + mismatch;
        }
        return match.status() == MatchStatus.UNRECOGNISED ? source + ": " + located.detail() : match.note();
    }

    // A field's text: decoded, outer quotes removed and doubled quotes undone; null when the column is absent.
    private String text(RecordBlock block, int slot, int i) {
        int from = block.fieldStart[slot][i];
        if (from < 0) {
            return null;
        }
        String raw = encoding.decode(block.data, from, block.fieldEnd[slot][i]).strip();
        if (raw.length() >= 2 && raw.charAt(0) == '"' && raw.charAt(raw.length() - 1) == '"') {
            return raw.substring(1, raw.length() - 1).replace("\"\"", "\"");
        }
        return raw;
    }
}
