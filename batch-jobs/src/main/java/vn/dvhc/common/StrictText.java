package vn.dvhc.common;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Reads whole (small) text files without ever replacing a byte: undecodable input is an error that names the
 * line and the byte. A UTF-8 byte-order mark is accepted and dropped. For large inputs use the streaming
 * reader of the remap job, which applies the same rules.
 */
public final class StrictText {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private StrictText() {
    }

    public static String read(Path file) {
        return decode(readBytes(file), StandardCharsets.UTF_8, file.toString());
    }

    public static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DvhcException(ErrorCode.INPUT_NOT_FOUND, "file not found", Location.of(file),
                    "check the path", e);
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.INPUT_UNREADABLE, "cannot read the file: " + e.getMessage(),
                    Location.of(file), "check the file's permissions", e);
        }
    }

    /** Decodes with the given charset; a UTF-8 BOM at the start is skipped. */
    public static String decode(byte[] bytes, Charset charset, String fileName) {
        int start = hasUtf8Bom(bytes) && charset.equals(StandardCharsets.UTF_8) ? UTF8_BOM.length : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw undecodable(bytes, in.position(), charset, fileName);
        }
        out.flip();
        return out.toString();
    }

    public static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    /** The error for an undecodable byte at {@code offset}, with its line and (byte) column. */
    public static DvhcException undecodable(byte[] bytes, int offset, Charset charset, String fileName) {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return undecodable(fileName, line, offset - lineStart + 1, bytes[offset], charset, null);
    }

    public static DvhcException undecodable(String fileName, long line, long column, byte bad, Charset charset,
                                            CharacterCodingException cause) {
        String hint = charset.equals(StandardCharsets.UTF_8)
                ? "re-encode the file as UTF-8, or pass --encoding with its real encoding (e.g. windows-1258)"
                : "check that the file really is " + charset.name() + ", or pass the right --encoding";
        return new DvhcException(ErrorCode.INPUT_ENCODING,
                String.format(Locale.ROOT, "invalid %s byte 0x%02X", charset.name(), bad & 0xFF),
                Location.of(fileName, line, column), hint, cause);
    }
}
