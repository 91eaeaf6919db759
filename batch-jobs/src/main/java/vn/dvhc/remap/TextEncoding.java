package vn.dvhc.remap;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * The input's character encoding, which the output keeps so that original fields are copied byte for byte.
 * Only UTF-8 and single-byte ASCII-compatible encodings (windows-1258, the Vietnamese Windows code page, and the
 * like) qualify: in them a delimiter, quote or line break is always one ASCII byte, so records are found
 * without decoding. Bytes are validated, never replaced: an undecodable byte is an input error.
 */
public final class TextEncoding {

    private final Charset charset;
    private final boolean utf8;
    private final boolean[] undecodable = new boolean[256];

    private TextEncoding(Charset charset) {
        this.charset = charset;
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        if (!utf8) {
            for (int b = 0; b < 256; b++) {
                try {
                    charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(new byte[]{(byte) b}));
                } catch (CharacterCodingException e) {
                    undecodable[b] = true;
                }
            }
        }
    }

    public static TextEncoding of(String name) {
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new DvhcException(ErrorCode.USAGE, "unknown encoding '" + name + "'", null,
                    "use UTF-8 (the default) or e.g. windows-1258", e);
        }
        if (!charset.equals(StandardCharsets.UTF_8) && !isSingleByteAsciiCompatible(charset)) {
            throw new DvhcException(ErrorCode.USAGE, "the encoding " + charset.name()
                    + " is not read: only UTF-8 and single-byte encodings that keep ASCII (windows-1258, …) are", null,
                    "convert the file to UTF-8 first (e.g. iconv -f " + charset.name() + " -t UTF-8)");
        }
        TextEncoding encoding = new TextEncoding(charset);
        if (!encoding.canEncode("Phường Thủy Nguyên, Đặc khu Côn Đảo, Xã Ea Kly")) {
            throw new DvhcException(ErrorCode.USAGE, "the encoding " + charset.name()
                    + " cannot hold Vietnamese names, which the output adds", null,
                    "use UTF-8 or windows-1258, or convert the file to UTF-8 first");
        }
        return encoding;
    }

    private static boolean isSingleByteAsciiCompatible(Charset charset) {
        if (!charset.canEncode() || charset.newEncoder().maxBytesPerChar() != 1.0f) {
            return false;
        }
        byte[] ascii = new byte[128];
        for (int i = 0; i < 128; i++) {
            ascii[i] = (byte) i;
        }
        String decoded = new String(ascii, charset);
        for (int i = 0; i < 128; i++) {
            if (decoded.charAt(i) != i) {
                return false;
            }
        }
        return true;
    }

    public Charset charset() {
        return charset;
    }

    public boolean isUtf8() {
        return utf8;
    }

    /** For single-byte encodings: whether a byte (0–255) has no character. */
    boolean undecodable(int unsignedByte) {
        return undecodable[unsignedByte];
    }

    public String decode(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, charset);
    }

    /**
     * Encodes text the output adds (unit names). windows-1258 holds Vietnamese letters as a base letter plus a
     * combining tone mark, so a precomposed letter it lacks ({@code ờ}) is written as base ({@code ơ}) and tone.
     */
    public byte[] encode(String text) {
        byte[] bytes = tryEncode(text);
        if (bytes == null) {
            throw new DvhcException(ErrorCode.USAGE, "'" + text + "' cannot be written in " + charset.name(), null,
                    "use UTF-8");
        }
        return bytes;
    }

    /** The bytes of the text, or null when the encoding cannot hold it. */
    private byte[] tryEncode(String text) {
        if (utf8) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        CharsetEncoder encoder = charset.newEncoder();
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (encoder.canEncode(c)) {
                out.append(c);
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            for (int k = 0; k < decomposed.length(); k++) {
                char d = decomposed.charAt(k);
                (isToneMark(d) ? tones : base).append(d);
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        }
        if (!charset.newEncoder().canEncode(out)) {
            return null;
        }
        ByteBuffer bytes = charset.encode(CharBuffer.wrap(out));
        byte[] result = new byte[bytes.remaining()];
        bytes.get(result);
        return result;
    }

    boolean canEncode(String text) {
        return tryEncode(text) != null;
    }

    private static boolean isToneMark(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }
}
