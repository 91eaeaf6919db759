package vn.dvhc.remap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * The encoding check moved from the reading thread's scanner to the remapping threads (decision 0036): the error
 * must still be the file's first undecodable byte, with the line and column it is on, wherever records, quotes and
 * blocks fall. The JDK's own UTF-8 decoder is the judge of which byte that is.
 */
class RecordValidatorTest {

    private static final TextEncoding UTF8 = TextEncoding.of("UTF-8");
    /** Bytes that make records, quoted fields over several lines, stray quotes, and good and bad UTF-8. */
    private static final byte[] ALPHABET = {'a', '1', ',', ',', '"', '\n', '\n', (byte) 0xC3, (byte) 0xA0, (byte) 0xE1,
            (byte) 0xBB, (byte) 0x87, (byte) 0x80, (byte) 0xED, (byte) 0xA0, (byte) 0xF0, (byte) 0x9F, (byte) 0xC0,
            (byte) 0xFF};

    @TempDir
    Path dir;

    @Test
    void theErrorIsTheFilesFirstUndecodableByteWithItsLineAndColumn() {
        Random random = new Random(2026);
        int errors = 0;
        for (int round = 0; round < 1500; round++) {
            byte[] bytes = new byte[random.nextInt(120)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            int blockRows = 1 + random.nextInt(4);
            int fields = random.nextInt(4);
            int bad = firstMalformed(bytes);
            if (bad < 0) {
                assertThat(scan(bytes, fields, blockRows)).as("round %d", round).isNotNull();
                continue;
            }
            errors++;
            long line = 1;
            int lineStart = 0;
            for (int p = 0; p < bad; p++) {
                if (bytes[p] == '\n') {
                    line++;
                    lineStart = p + 1;
                }
            }
            String expected = String.format(Locale.ROOT, "t.csv line %d column %d: invalid UTF-8 byte 0x%02X", line,
                    bad - lineStart + 1, bytes[bad] & 0xFF);
            assertThatThrownBy(() -> scan(bytes, fields, blockRows)).as("round %d", round)
                    .isInstanceOfSatisfying(DvhcException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.INPUT_ENCODING);
                        assertThat(e.describe()).isEqualTo(expected);
                    });
        }
        assertThat(errors).as("inputs with an error among 1500").isGreaterThan(500);
    }

    @Test
    void aCharacterCutByTheLineEndOrTheFileEndIsInvalidAtItsFirstByte() {
        byte[] cutByLineEnd = {'a', ',', (byte) 0xE1, (byte) 0xBB, '\n', 'b', '\n'};
        assertThatThrownBy(() -> scan(cutByLineEnd, 2, 1)).isInstanceOfSatisfying(DvhcException.class,
                e -> assertThat(e.describe()).isEqualTo("t.csv line 1 column 3: invalid UTF-8 byte 0xE1"));
        byte[] cutByFileEnd = {'a', '\n', 'b', (byte) 0xC3};
        assertThatThrownBy(() -> scan(cutByFileEnd, 1, 1)).isInstanceOfSatisfying(DvhcException.class,
                e -> assertThat(e.describe()).isEqualTo("t.csv line 2 column 2: invalid UTF-8 byte 0xC3"));
    }

    @Test
    void recordsOfLatinAndVietnameseLettersAreKnownToBeNfc() {
        List<Scans.Scanned> records = scan("Nguyễn Văn A,ấp Phước\nE\u0301,x\n".getBytes(StandardCharsets.UTF_8), 2, 1);
        assertThat(records).extracting(Scans.Scanned::nfc).containsExactly(true, false);
    }

    private List<Scans.Scanned> scan(byte[] bytes, int fields, int blockRows) {
        return Scans.scan(dir, bytes, fields, blockRows, UTF8);
    }

    // The offset of the first byte the JDK's strict UTF-8 decoder rejects, or -1.
    private static int firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 2);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }
}
