package vn.dvhc.remap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;

import vn.dvhc.common.Csv;

/**
 * A stand-in for the remap job over a comma-delimited UTF-8 file, for tests and benchmarks that need the job's
 * output and rejects without a database: records, lines and field counts come from the production
 * {@link RecordScanner} (as in each partition of the job), and both files have the job's layout (output row = the
 * record's bytes, then seven added columns; reject = line, reason, detail, then the record). The decision is
 * simplified: a commune code that is not 5 digits is {@code MALFORMED_CODE}, one in {@code unknown} is
 * {@code UNKNOWN_CODE}, a wrong field count or broken quoting is {@code MALFORMED_ROW}; every other row is
 * "mapped" to a fixed new unit.
 */
public final class FakeRemap {

    /** The seven columns the job adds, in order. */
    public static final List<String> ADDED = List.of(PartWriter.NEW_COLUMNS);
    /** What the fake appends to each mapped row. */
    public static final List<String> MAPPED = List.of("79", "Thành phố Hồ Chí Minh", "26740", "Phường Sài Gòn",
            "Phường", "MAPPED", "26740");

    /** Rows of each kind. */
    public record Counts(long read, long written, long rejected, long blank) {
    }

    private FakeRemap() {
    }

    public static Counts run(Path csv, String communeColumn, Set<String> unknown, Path output, Path rejects)
            throws IOException {
        TextEncoding utf8 = TextEncoding.of("UTF-8");
        byte[] suffix = ("," + String.join(",", MAPPED.stream().map(v -> Csv.quoteIfNeeded(v, ',')).toList()))
                .getBytes(StandardCharsets.UTF_8);
        long read = 0;
        long written = 0;
        long rejected = 0;
        long blank = 0;
        try (FileChannel in = FileChannel.open(csv, StandardOpenOption.READ);
             OutputStream out = Files.newOutputStream(output); OutputStream rej = Files.newOutputStream(rejects)) {
            long size = in.size();
            RecordScanner head = new RecordScanner(in, csv.toString(), 0, size, 1, (byte) ',', 0, utf8);
            RecordBlock first = head.next(1);
            List<String> header = head.fieldsOf(first, 0);
            int commune = header.indexOf(communeColumn);
            byte[] headerBytes = new String(first.data, first.start[0], first.end[0], StandardCharsets.UTF_8)
                    .getBytes(StandardCharsets.UTF_8);
            out.write(headerBytes);
            out.write(("," + String.join(",", ADDED) + "\n").getBytes(StandardCharsets.UTF_8));
            rej.write(("line,reason,detail," + new String(headerBytes, StandardCharsets.UTF_8) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            RecordScanner scanner = new RecordScanner(in, csv.toString(), first.next[0], size, head.line(), (byte) ',',
                    header.size(), utf8, commune);
            for (RecordBlock b = scanner.next(1000); b != null; b = scanner.next(1000)) {
                for (int i = 0; i < b.count; i++) {
                    if (b.state[i] == RecordBlock.BLANK) {
                        blank++;
                        continue;
                    }
                    read++;
                    String code = b.fieldStart[0][i] < 0 ? "" : utf8.decode(b.data, b.fieldStart[0][i], b.fieldEnd[0][i]).trim();
                    String reason = null;
                    String detail = null;
                    if (b.state[i] != RecordBlock.OK || b.fields[i] != header.size()) {
                        reason = "MALFORMED_ROW";
                        detail = b.fields[i] + " fields where the header has " + header.size();
                    } else if (!code.matches("\\d{5}")) {
                        reason = "MALFORMED_CODE";
                        detail = "commune code '" + code + "' is not 5 digits";
                    } else if (unknown.contains(code)) {
                        reason = "UNKNOWN_CODE";
                        detail = "commune " + code + " is not a code of pre-2025";
                    }
                    if (reason == null) {
                        out.write(b.data, b.start[i], b.end[i] - b.start[i]);
                        out.write(suffix);
                        out.write('\n');
                        written++;
                    } else {
                        String record = new String(b.data, b.start[i], b.end[i] - b.start[i], StandardCharsets.UTF_8);
                        rej.write((b.line[i] + "," + reason + "," + Csv.quoteIfNeeded(detail, ',') + ","
                                + (reason.equals("MALFORMED_ROW") ? "\"" + record.replace("\"", "\"\"") + "\"" : record)
                                + "\n").getBytes(StandardCharsets.UTF_8));
                        rejected++;
                    }
                }
            }
        }
        return new Counts(read, written, rejected, blank);
    }
}
