package vn.dvhc.remap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Test helper: scans bytes through a real file with the production scanner, and checks them as the remapper does. */
final class Scans {

    /** One scanned record, with its text and fields of interest resolved. */
    record Scanned(long line, String text, String terminator, int fields, byte state, List<String> wanted, boolean nfc) {
    }

    private Scans() {
    }

    static List<Scanned> scan(Path dir, byte[] bytes, TextEncoding encoding, int... wanted) {
        return scan(dir, bytes, 0, encoding, wanted);
    }

    static List<Scanned> scan(Path dir, byte[] bytes, int expectedFields, TextEncoding encoding, int... wanted) {
        return scan(dir, bytes, expectedFields, 7, encoding, wanted);
    }

    static List<Scanned> scan(Path dir, byte[] bytes, int expectedFields, int blockRows, TextEncoding encoding,
                              int... wanted) {
        try {
            Path file = Files.write(Files.createTempFile(dir, "scan", ".csv"), bytes);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                return scan(new RecordScanner(channel, "t.csv", 0, bytes.length, 1, (byte) ',', expectedFields, encoding,
                        wanted),
                        encoding, wanted.length, blockRows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Scanned> scan(RecordScanner scanner, TextEncoding encoding, int slots, int blockRows) throws IOException {
        List<Scanned> records = new ArrayList<>();
        RecordValidator validator = new RecordValidator(encoding);
        for (RecordBlock b = scanner.next(blockRows); b != null; b = scanner.next(blockRows)) {
            validator.check(b);
            for (int i = 0; i < b.count; i++) {
                List<String> fields = new ArrayList<>();
                for (int s = 0; s < slots; s++) {
                    fields.add(b.fieldStart[s][i] < 0 ? null
                            : encoding.decode(b.data, b.fieldStart[s][i], b.fieldEnd[s][i]));
                }
                records.add(new Scanned(b.line[i], encoding.decode(b.data, b.start[i], b.end[i]),
                        encoding.decode(b.data, b.end[i], b.next[i]), b.fields[i], b.state[i], fields, b.nfc[i]));
            }
        }
        return records;
    }
}
