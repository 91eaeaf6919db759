package vn.dvhc.remap;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.dvhc.error.DvhcException;
import vn.dvhc.testing.FuzzFiles;

/**
 * Fuzzes the remap reader. Whatever the bytes: (1) the records tile the input exactly, each byte in one record
 * or its line end, none lost or repeated; (2) lines never go backwards; (3) reading the file in two partitions
 * split where the partitioner would split it gives the same records as reading it whole; (4) the only exception
 * is an encoding error naming its place. {@code ./mvnw verify} replays its seed corpus;
 * {@code scripts/fuzz RecordScannerFuzzTest#scanner 30m} for longer.
 */
class RecordScannerFuzzTest {

    private static final TextEncoding UTF8 = TextEncoding.of("UTF-8");

    @FuzzTest
    void scanner(FuzzedDataProvider data) throws IOException {
        int split = data.consumeInt(0, 4096);
        int blockRows = data.consumeInt(1, 8);
        int fields = data.consumeInt(0, 4);
        byte[] bytes = data.consumeRemainingAsBytes();
        Path file = Files.write(FuzzFiles.folder().resolve("fuzz.csv"), bytes);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            List<Scans.Scanned> whole;
            try {
                whole = Scans.scan(new RecordScanner(channel, "fuzz.csv", 0, bytes.length, 1, (byte) ',', fields, UTF8, 0, 2),
                        UTF8, 2, blockRows);
            } catch (DvhcException expected) {
                if (expected.location() == null || expected.location().line() < 1) {
                    throw new IllegalStateException("an error without a line", expected);
                }
                return;
            }
            StringBuilder rebuilt = new StringBuilder();
            long line = 0;
            for (Scans.Scanned record : whole) {
                rebuilt.append(record.text()).append(record.terminator());
                if (record.line() < line) {
                    throw new IllegalStateException("line went backwards at " + record);
                }
                line = record.line();
            }
            if (!rebuilt.toString().equals(UTF8.decode(bytes, 0, bytes.length))) {
                throw new IllegalStateException("records do not tile the input");
            }
            RecordScanner skim = new RecordScanner(channel, "fuzz.csv", 0, bytes.length, 1, (byte) ',', fields, null);
            skim.advanceTo(Math.min(split, bytes.length));
            long boundary = skim.offset();
            List<Scans.Scanned> first = Scans.scan(new RecordScanner(channel, "fuzz.csv", 0, boundary, 1, (byte) ',',
                    fields, UTF8, 0, 2), UTF8, 2, blockRows);
            List<Scans.Scanned> second = Scans.scan(new RecordScanner(channel, "fuzz.csv", boundary, bytes.length,
                    skim.line(), (byte) ',', fields, UTF8, 0, 2), UTF8, 2, blockRows);
            first.addAll(second);
            if (!first.equals(whole)) {
                throw new IllegalStateException("two partitions read differently from the whole at " + boundary);
            }
        }
    }
}
