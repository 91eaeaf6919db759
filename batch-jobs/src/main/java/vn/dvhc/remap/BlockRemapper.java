package vn.dvhc.remap;

import java.nio.charset.StandardCharsets;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.dvhc.common.Csv;
import vn.dvhc.remap.address.Located;

/**
 * Remaps the rows of a block: each row is copied byte for byte and the new columns are appended, or the row
 * goes to the rejects file with its line, reason and detail. Nothing is dropped: every record that is not a
 * blank line is counted as read and ends up written or rejected. Keeps no state between calls: with
 * {@code --threads} a step remaps the blocks of a chunk on several threads at once.
 */
class BlockRemapper implements ItemProcessor<RecordBlock, OutputBlock> {

    private static final int COMMUNE = 0;
    private static final int DISTRICT = 1;
    private static final int PROVINCE = 2;
    private static final long EMPTY = -1;
    private static final long MALFORMED = -2;

    private final RemapTable table;
    /** Null without --split-rules and --split-worklist. */
    private final SplitResolver splits;
    private final InputLayout layout;
    private final TextEncoding encoding;
    private final RecordValidator validator;
    private final byte delimiter;
    private final byte[] terminator;
    private final byte[][] reasons = new byte[RejectReason.values().length][];
    private final boolean padCodes;
    /** Reads the rows' address or names; null when the rows are remapped by code alone. */
    private final AddressRows addresses;
    /** With addresses and split resolution: the suffix's last field (the split's match_note) goes into the one match_note. */
    private final boolean joinNotes;

    BlockRemapper(RemapTable table, SplitResolver splits, InputLayout layout, TextEncoding encoding,
                  boolean padCodes) {
        this(table, splits, layout, encoding, padCodes, null);
    }

    BlockRemapper(RemapTable table, SplitResolver splits, InputLayout layout, TextEncoding encoding,
                  boolean padCodes, AddressRows addresses) {
        this.table = table;
        this.splits = splits;
        this.addresses = addresses;
        this.joinNotes = addresses != null && table.basisColumns();
        this.layout = layout;
        this.encoding = encoding;
        this.validator = new RecordValidator(encoding);
        this.padCodes = padCodes;
        this.delimiter = (byte) layout.delimiter();
        this.terminator = layout.terminator().isEmpty() ? new byte[]{'\n'}
                : layout.terminator().getBytes(StandardCharsets.US_ASCII);
        for (RejectReason reason : RejectReason.values()) {
            reasons[reason.ordinal()] = reason.name().getBytes(StandardCharsets.US_ASCII);
        }
    }

    @Override
    public OutputBlock process(RecordBlock block) {
        // Checked here, on the remapping threads, not by the reader, whose thread is the one that cannot be shared.
        validator.check(block);
        OutputBlock out = new OutputBlock(block.data.length + block.count * 112, block.endOffset, encoding);
        out.rows.add(block);
        RemapCounts counts = out.counts;
        for (int i = 0; i < block.count; i++) {
            byte state = block.state[i];
            if (state == RecordBlock.BLANK) {
                counts.blank++;
                continue;
            }
            counts.read++;
            if (state == RecordBlock.UNCLOSED_QUOTE) {
                rejectRow(out, block, i, "a quote opened on this line is not closed where a field ends; the row is this line alone");
            } else if (state == RecordBlock.BROKEN_QUOTE) {
                rejectRow(out, block, i, "text after the closing quote of a field");
            } else if (block.fields[i] != layout.fieldCount()) {
                rejectRow(out, block, i, block.fields[i] + " fields where the header has " + layout.fieldCount());
            } else {
                remap(out, block, i);
            }
        }
        return out;
    }

    private void remap(OutputBlock out, RecordBlock block, int i) {
        out.rowPadded = 0;
        Located located = addresses == null ? null : addresses.locate(block, i);
        long commune;
        if (located != null && addresses.decides()) {
            RejectReason rejection = addresses.rejection(located);
            if (rejection != null) {
                reject(out, block, i, rejection, addresses.newProvince(located), located.detail());
                return;
            }
            commune = AddressRows.code(located);
        } else {
            commune = code(out, block, COMMUNE, i, 5);
        }
        long district = code(out, block, DISTRICT, i, 3);
        long province = code(out, block, PROVINCE, i, 2);
        RemapTable.Entry entry;
        if (commune == EMPTY) {
            entry = district >= 0 ? table.islands[(int) district] : null;
            if (entry == null) {
                reject(out, block, i, RejectReason.MISSING_CODE, provinceOf(province), "no commune code"
                        + (district >= 0 && table.districtExists[(int) district] ? " (district " + text(block, DISTRICT, i)
                        + " is not an island district without communes)" : ""));
                return;
            }
        } else if (commune == MALFORMED) {
            reject(out, block, i, RejectReason.MALFORMED_CODE, provinceOf(province),
                    CodePadding.malformed(COMMUNE, digits(block, COMMUNE, i)));
            return;
        } else {
            entry = table.commune((int) commune);
            if ((out.rowPadded & 1 << COMMUNE) != 0 && (entry == null || entry.status == RemapTable.NONE)) {
                reject(out, block, i, RejectReason.MALFORMED_CODE, provinceOf(province), CodePadding.notPadded(out.rowPadded,
                        codes(block, i), "the " + table.from + " list has no commune " + CodePadding.padTo(
                                digits(block, COMMUNE, i), 5)));
                return;
            }
            if (entry == null || entry.status == RemapTable.NONE) {
                String code = text(block, COMMUNE, i);
                String elsewhere = table.targetNames[(int) commune];
                reject(out, block, i, RejectReason.UNKNOWN_CODE, provinceOf(province), "commune " + code + " is not a code of "
                        + table.from + (entry != null ? " with a successor in " + table.to
                        : elsewhere != null ? "; in " + table.to + " it is " + elsewhere
                        + " (was the file converted already? then use --from " + table.to + ")" : ""));
                return;
            }
        }
        if (district == MALFORMED || province == MALFORMED) {
            int slot = district == MALFORMED ? DISTRICT : PROVINCE;
            reject(out, block, i, RejectReason.MALFORMED_CODE, entry.newProvince,
                    CodePadding.malformed(slot, digits(block, slot, i)));
            return;
        }
        String mismatch = parentMismatch(entry, district, province, block, i);
        if (mismatch != null) {
            // Padding is kept only where the row's own columns confirm it.
            reject(out, block, i, out.rowPadded != 0 ? RejectReason.MALFORMED_CODE : RejectReason.PARENT_MISMATCH,
                    entry.newProvince, out.rowPadded != 0 ? CodePadding.notPadded(out.rowPadded, codes(block, i), mismatch) : mismatch);
            return;
        }
        SplitResolver.Decision decided = splits == null || entry.status != RemapCounts.SPLIT ? null
                : splits.resolve(entry, layout.matchColumn() < 0 ? null : SplitText.unquote(text(block, layout.matchSlot(), i)),
                out.counts.splits);
        byte[] suffix = decided == null ? entry.suffix : decided.suffix();
        if (suffix == null) {
            reject(out, block, i, RejectReason.SPLIT, entry.newProvince, "commune " + entry.old.code() + " ("
                    + entry.old.fullName() + ") was split; candidates " + entry.candidates
                    + (out.rowPadded != 0 ? CodePadding.note(out.rowPadded, codes(block, i)) : ""));
            return;
        }
        byte status = decided == null ? entry.status : decided.status();
        int newProvince = decided == null ? entry.newProvince : decided.province();
        out.output.write(block.data, block.start[i], block.end[i] - block.start[i]);
        if (addresses != null) {
            addresses.writeBefore(out.output, entry);
            // One match_note: the split's note (the suffix's last field) joins the address's.
            int cut = joinNotes ? AddressRows.lastFieldStart(suffix, delimiter) : suffix.length;
            out.output.write(suffix, 0, joinNotes ? cut - 1 : suffix.length);
            addresses.writeAfter(out, entry, located, decided == null ? entry.target : decided.commune(), newProvince,
                    joinNotes ? SplitText.unquote(encoding.decode(suffix, cut, suffix.length)) : null);
        } else {
            out.output.write(suffix);
        }
        out.output.write(block.data, block.end[i], block.next[i] - block.end[i]);
        RemapCounts counts = out.counts;
        counts.written++;
        if (out.rowPadded != 0) {
            counts.padded++;
        }
        counts.status[status]++;
        if (newProvince >= 0) {
            counts.provinces[newProvince][status]++;
        }
    }

    private String parentMismatch(RemapTable.Entry entry, long district, long province, RecordBlock block, int i) {
        if (district >= 0 && entry.oldDistrict >= 0 && district != entry.oldDistrict) {
            return describe(entry) + " is in district " + (entry.old.level() == vn.dvhc.domain.UnitLevel.DISTRICT
                    ? entry.old.code() : entry.old.parentCode()) + ", not " + text(block, DISTRICT, i);
        }
        if (province >= 0 && province != entry.oldProvince) {
            return describe(entry) + " is in province " + entry.old.provinceCode() + ", not " + text(block, PROVINCE, i);
        }
        return null;
    }

    private static String describe(RemapTable.Entry entry) {
        return entry.old.level().label() + " " + entry.old.code() + " (" + entry.old.fullName() + ")";
    }

    private int provinceOf(long oldProvince) {
        return oldProvince >= 0 && table.provinceExists[(int) oldProvince] ? table.provinceTarget[(int) oldProvince] : -1;
    }

    // The code in a field: its number, EMPTY, MALFORMED (not exactly `width` digits), or EMPTY when the column is
    // absent. With --pad-codes, fewer digits are read as the number they are and the slot is marked padded.
    private long code(OutputBlock out, RecordBlock block, int slot, int i, int width) {
        int from = block.fieldStart[slot][i];
        if (from < 0) {
            return EMPTY;
        }
        int to = block.fieldEnd[slot][i];
        byte[] b = block.data;
        while (from < to && (b[from] == ' ' || b[from] == '\t')) {
            from++;
        }
        while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) {
            to--;
        }
        if (to - from >= 2 && b[from] == '"' && b[to - 1] == '"') {
            from++;
            to--;
            while (from < to && b[from] == ' ') {
                from++;
            }
            while (to > from && b[to - 1] == ' ') {
                to--;
            }
        }
        if (from == to) {
            return EMPTY;
        }
        if (to - from != width) {
            if (!padCodes || !CodePadding.isShort(b, from, to, width)) {
                return MALFORMED;
            }
            out.rowPadded |= 1 << slot;
        }
        long value = 0;
        for (int p = from; p < to; p++) {
            int digit = b[p] - '0';
            if (digit < 0 || digit > 9) {
                return MALFORMED;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private String text(RecordBlock block, int slot, int i) {
        int from = block.fieldStart[slot][i];
        return from < 0 ? "" : encoding.decode(block.data, from, block.fieldEnd[slot][i]).trim();
    }

    // A code's text as read: without the surrounding blanks and quotes.
    private String digits(RecordBlock block, int slot, int i) {
        String text = text(block, slot, i);
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1).trim() : text;
    }

    private String[] codes(RecordBlock block, int i) {
        return new String[]{digits(block, COMMUNE, i), digits(block, DISTRICT, i), digits(block, PROVINCE, i)};
    }

    private void reject(OutputBlock out, RecordBlock block, int i, RejectReason reason, int province, String detail) {
        ByteSink rejects = out.rejects;
        rejects.writeNumber(block.line[i]);
        rejects.write(delimiter);
        rejects.write(reasons[reason.ordinal()]);
        rejects.write(delimiter);
        rejects.write(encoding.encode(Csv.quoteIfNeeded(detail, (char) delimiter)));
        rejects.write(delimiter);
        rejects.write(block.data, block.start[i], block.end[i] - block.start[i]);
        rejects.write(terminator);
        out.counts.reject(reason, province);
    }

    // A row that is not a well-formed record: its text, as one quoted field.
    private void rejectRow(OutputBlock out, RecordBlock block, int i, String detail) {
        ByteSink rejects = out.rejects;
        rejects.writeNumber(block.line[i]);
        rejects.write(delimiter);
        rejects.write(reasons[RejectReason.MALFORMED_ROW.ordinal()]);
        rejects.write(delimiter);
        rejects.write(encoding.encode(Csv.quoteIfNeeded(detail, (char) delimiter)));
        rejects.write(delimiter);
        rejects.write((byte) '"');
        for (int p = block.start[i]; p < block.end[i]; p++) {
            if (block.data[p] == '"') {
                rejects.write((byte) '"');
            }
            rejects.write(block.data[p]);
        }
        rejects.write((byte) '"');
        rejects.write(terminator);
        out.counts.reject(RejectReason.MALFORMED_ROW, -1);
    }
}
