package vn.dvhc.remap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;
import vn.dvhc.remap.address.NameColumns;

/**
 * Reads the start of the input: byte-order mark, delimiter (given, or the most frequent of {@code , ; TAB |} in
 * the first line), the header, the code columns and the address or unit-name columns. Everything a reader needs goes into the {@link InputLayout}.
 */
final class InputInspector {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private InputInspector() {
    }

    static InputLayout inspect(RemapSettings settings, TextEncoding encoding) {
        return inspect(settings.input(), settings.input().toString(), 1, settings.delimiter(), settings, encoding);
    }

    /**
     * @param input      the delimited text to read
     * @param name       how messages name it (a workbook's sheet, for the CSV it was converted to)
     * @param headerLine the line (or sheet row) messages give for the header
     * @param delimiter  the delimiter, or null to find it
     */
    static InputLayout inspect(Path input, String name, long headerLine, String delimiter, RemapSettings settings,
                               TextEncoding encoding) {
        try (FileChannel channel = FileChannel.open(input, StandardOpenOption.READ)) {
            long size = channel.size();
            long modified = Files.getLastModifiedTime(input).toMillis();
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(size, 1 << 16));
            while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
                continue;
            }
            byte[] start = head.array();
            int bom = encoding.isUtf8() && start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                    && (start[2] & 0xFF) == 0xBF ? 3 : 0;
            char separator = delimiter != null ? delimiter.charAt(0) : sniff(start, bom);
            RecordScanner scanner = new RecordScanner(channel, name, bom, size, 1, (byte) separator, 0, encoding);
            RecordBlock block = scanner.next(1);
            if (block == null) {
                throw new DvhcException(ErrorCode.INPUT_HEADER, "the file is empty", Location.of(input),
                        "the first line must be a header naming the columns");
            }
            new RecordValidator(encoding).check(block);
            if (block.state[0] != RecordBlock.OK) {
                throw new DvhcException(ErrorCode.INPUT_HEADER, "the header is not a well-formed row (blank, or broken "
                        + "quoting)", Location.of(input.toString(), 1), "the first line must be a header naming the columns");
            }
            List<String> header = scanner.fieldsOf(block, 0);
            ColumnResolver columns = new ColumnResolver(header, name, headerLine);
            int commune = columns.communeIfAny(settings.communeColumn());
            int district = columns.optional(settings.districtColumn(), ColumnResolver.DISTRICT_NAMES,
                    "--district-column", "district code");
            int province = columns.optional(settings.provinceColumn(), ColumnResolver.PROVINCE_NAMES,
                    "--province-column", "province code");
            NameColumns names = NameColumnFinder.find(columns, settings.addresses(), commune >= 0);
            // The split rules look in the address column read for the old commune, unless told otherwise.
            int match = names.address() >= 0 && settings.splits().readsText() && settings.splits().matchColumn() == null
                    ? names.address() : SplitMatchColumn.find(columns, header, settings.splits(), name);
            String terminator = new String(block.data, block.end[0], block.next[0] - block.end[0], StandardCharsets.US_ASCII);
            return new InputLayout(separator, encoding.charset().name(), bom, bom + block.end[0], bom + block.next[0],
                    scanner.line(), terminator, header, commune, district, province, size, modified, match, names);
        } catch (NoSuchFileException e) {
            throw new DvhcException(ErrorCode.INPUT_NOT_FOUND, "file not found", Location.of(input), "check --input", e);
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.INPUT_UNREADABLE, "cannot read the input: " + e.getMessage(),
                    Location.of(input), "check the file's permissions", e);
        }
    }

    // The delimiter that occurs most often outside quotes in the first line; a comma when none does.
    private static char sniff(byte[] start, int from) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = from; i < start.length && (quoted || (start[i] != '\n' && start[i] != '\r')); i++) {
            if (start[i] == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int k = 0; k < DELIMITERS.length; k++) {
                    if (start[i] == DELIMITERS[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < DELIMITERS.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return DELIMITERS[best];
    }
}
