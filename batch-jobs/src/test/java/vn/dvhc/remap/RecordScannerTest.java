package vn.dvhc.remap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

class RecordScannerTest {

    private static final TextEncoding UTF8 = TextEncoding.of("UTF-8");

    @TempDir
    Path dir;

    private List<Scans.Scanned> scan(String text, int... wanted) {
        return Scans.scan(dir, text.getBytes(StandardCharsets.UTF_8), UTF8, wanted);
    }

    @Test
    void recordsKeepTheirBytesTheirLineEndAndTheLineTheyStartOn() {
        List<Scans.Scanned> records = scan("a,b\r\n1,\"x\ny\"\n2,z\r3,w", 1);
        assertThat(records).extracting(Scans.Scanned::line).containsExactly(1L, 2L, 4L, 5L);
        assertThat(records).extracting(Scans.Scanned::text).containsExactly("a,b", "1,\"x\ny\"", "2,z", "3,w");
        assertThat(records).extracting(Scans.Scanned::terminator).containsExactly("\r\n", "\n", "\r", "");
        assertThat(records.get(1).wanted()).containsExactly("\"x\ny\"");
    }

    @Test
    void delimitersAndEscapedQuotesInsideQuotesAreText() {
        List<Scans.Scanned> records = scan("\"a,\"\"b\"\"\",c,d\n", 0, 2);
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.fields()).isEqualTo(3);
            assertThat(r.wanted()).containsExactly("\"a,\"\"b\"\"\"", "d");
            assertThat(r.state()).isEqualTo(RecordBlock.OK);
        });
    }

    @Test
    void textAfterAClosingQuoteBreaksTheRecordButNotTheNext() {
        List<Scans.Scanned> records = scan("1,\"x\"y,2\n3,4,5\n");
        assertThat(records).extracting(Scans.Scanned::state).containsExactly(RecordBlock.BROKEN_QUOTE, RecordBlock.OK);
        assertThat(records.get(1).text()).isEqualTo("3,4,5");
    }

    @Test
    void aQuoteNeverClosedTakesOnlyItsLineAndScanningResumes() {
        List<Scans.Scanned> records = scan("1,\"open,2\n3,4,5\n6,7,8\n");
        assertThat(records).extracting(Scans.Scanned::state)
                .containsExactly(RecordBlock.UNCLOSED_QUOTE, RecordBlock.OK, RecordBlock.OK);
        assertThat(records).extracting(Scans.Scanned::text).containsExactly("1,\"open,2", "3,4,5", "6,7,8");
        assertThat(records).extracting(Scans.Scanned::line).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aStrayQuoteThatPairsWithALaterOneDoesNotSwallowTheLinesBetween() {
        byte[] text = "1,\"open,2\n3,4,5\n6,\"x\",7\n".getBytes(StandardCharsets.UTF_8);
        List<Scans.Scanned> records = Scans.scan(dir, text, 3, UTF8);
        assertThat(records).extracting(Scans.Scanned::text).containsExactly("1,\"open,2", "3,4,5", "6,\"x\",7");
        assertThat(records).extracting(Scans.Scanned::state)
                .containsExactly(RecordBlock.UNCLOSED_QUOTE, RecordBlock.OK, RecordBlock.OK);
    }

    @Test
    void aMultiLineRecordWithTheHeadersFieldCountIsKept() {
        byte[] text = "1,\"two\nlines\",3\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Scans.scan(dir, text, 3, UTF8)).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(RecordBlock.OK));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() {
        List<Scans.Scanned> records = scan("5\" tyre,x\n");
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(RecordBlock.OK);
            assertThat(r.fields()).isEqualTo(2);
        });
    }

    @Test
    void blankLinesAreMarked() {
        List<Scans.Scanned> records = scan("a\n\n\r\nb\n");
        assertThat(records).extracting(Scans.Scanned::state)
                .containsExactly(RecordBlock.OK, RecordBlock.BLANK, RecordBlock.BLANK, RecordBlock.OK);
        assertThat(records.get(3).line()).isEqualTo(4);
    }

    @Test
    void anInvalidUtf8ByteStopsWithLineAndColumn() {
        byte[] bytes = "a,b\nHà,\"x\ny\"\nc,".getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        broken[bytes.length] = (byte) 0xC3;
        broken[bytes.length + 1] = (byte) 0x28;
        assertThatThrownBy(() -> Scans.scan(dir, broken, UTF8))
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INPUT_ENCODING);
                    assertThat(e.describe()).isEqualTo("t.csv line 4 column 3: invalid UTF-8 byte 0xC3");
                });
    }

    @Test
    void overlongAndSurrogateSequencesAreInvalid() {
        for (byte[] bad : new byte[][]{{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}}) {
            assertThatThrownBy(() -> Scans.scan(dir, bad, UTF8)).isInstanceOf(DvhcException.class);
        }
    }

    @Test
    void windows1258BytesAreCheckedAgainstItsTable() {
        TextEncoding cp1258 = TextEncoding.of("windows-1258");
        byte[] text = "Ph\u01B0\u01A1\u0300ng".getBytes(Charset.forName("windows-1258"));
        assertThat(Scans.scan(dir, text, cp1258)).hasSize(1);
        assertThatThrownBy(() -> Scans.scan(dir, new byte[]{'a', (byte) 0x8A}, cp1258))
                .isInstanceOfSatisfying(DvhcException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("invalid windows-1258 byte 0x8A"));
    }

    @Test
    void recordsLongerThanTheBufferAndBlocksAcrossRefillsComeOutWhole() throws IOException {
        StringBuilder text = new StringBuilder("h\n\"");
        text.append("x".repeat(3 << 20)).append("\"\n");
        for (int i = 0; i < 100_000; i++) {
            text.append(i).append(",Hà Nội,").append(i % 7).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        List<Scans.Scanned> records = Scans.scan(dir, bytes, UTF8, 0);
        assertThat(records).hasSize(100_002);
        assertThat(records.get(1).text()).hasSize((3 << 20) + 2);
        assertThat(records.get(100_001).text()).isEqualTo("99999,Hà Nội,4");
        assertThat(records.get(100_001).line()).isEqualTo(100_002);
    }

    @Test
    void advanceToStopsOnARecordStartEvenInsideQuotedLineBreaks() throws IOException {
        String text = "h\n1,\"a\nb\nc\"\n2,x\n";
        Path file = Files.writeString(dir.resolve("q.csv"), text);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            RecordScanner scanner = new RecordScanner(channel, "q.csv", 2, text.length(), 2, (byte) ',', 2, null);
            scanner.advanceTo(5);
            assertThat(scanner.offset()).isEqualTo(text.indexOf("2,x"));
            assertThat(scanner.line()).isEqualTo(5);
        }
    }
}
