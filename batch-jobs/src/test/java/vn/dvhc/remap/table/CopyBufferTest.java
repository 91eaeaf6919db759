package vn.dvhc.remap.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The COPY data {@link CopyWrites} sends to PostgreSQL. CSV: NULL is an unquoted empty field, every other value is
 * quoted with its quotes doubled, so that an empty string stays one and separators, line breaks and backslashes are
 * data. Binary: the signature and header, each row's field count, each field's length and bytes (-1 for NULL), the
 * trailer -1. Texts are their UTF-8 in both. What PostgreSQL makes of them is {@code RemapTableJobIT}'s and
 * {@code RemapTableCopyIT}'s (the same rows as H2's batched statements).
 */
class CopyBufferTest {

    private static final String ALPHABET = "\"\\,\n\r\tăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";

    @Test
    void csvNullIsNothingAndEveryValueIsQuotedWithItsQuotesDoubled() {
        assertThat(csv(null, "", "a,b", "\"trích\"", "tab\there", "x\ny", "\\N", "\\.", "Nguyễn"))
                .isEqualTo(",\"\",\"a,b\",\"\"\"trích\"\"\",\"tab\there\",\"x\ny\",\"\\N\",\"\\.\",\"Nguyễn\"\n");
    }

    @Test
    void charactersOutsideTheBasicPlaneAreFourBytesAndALoneSurrogateIsAQuestionMark() {
        assertThat(csv("𠀀 Hà Nội 😀")).isEqualTo("\"𠀀 Hà Nội 😀\"\n");
        assertThat(csv("a\uD800b\uDC00")).isEqualTo("\"a?b?\"\n");
        assertThat(binary(new String[] {"𠀀 Hà Nội 😀", "a\uD800b\uDC00"}))
                .containsExactly(List.of("𠀀 Hà Nội 😀", "a?b?"));
    }

    @Test
    void anyTextIsItsUtf8AsTheJdkEncodesItHoweverTheBufferGrows() throws IOException {
        Random random = new Random(2025);
        CopyBuffer csv = new CopyBuffer(8, false, false);
        CopyBuffer binary = new CopyBuffer(8, true, false);
        binary.begin();
        StringBuilder expected = new StringBuilder();
        List<List<String>> rows = new ArrayList<>();
        for (int round = 0; round < 2_000; round++) {
            String text = randomText(random);
            csv.row(2);
            csv.text("k");
            csv.text(text);
            csv.endOfRow();
            expected.append("\"k\",\"").append(text.replace("\"", "\"\"")).append("\"\n");
            binary.row(1);
            binary.text(text);
            rows.add(List.of(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
        }
        binary.end();
        assertThat(Arrays.copyOf(csv.bytes(), csv.length())).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(decode(binary)).isEqualTo(rows);
    }

    @Test
    void binaryRowsAreTheirFieldCountThenEachFieldsLengthAndBytesWithNullAsMinusOne() throws IOException {
        CopyBuffer out = new CopyBuffer(4, true, false);
        out.begin();
        out.row(4);
        out.text("Hà");
        out.text(null);
        out.text("");
        out.integer(-2, 2);
        out.row(2);
        out.integer(26_740, 4);
        out.integer(Long.MAX_VALUE, 8);
        out.end();
        byte[] expected = concat("PGCOPY\n".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0},
                new byte[] {0, 4, 0, 0, 0, 3, 'H', (byte) 0xC3, (byte) 0xA0, -1, -1, -1, -1, 0, 0, 0, 0,
                        0, 0, 0, 2, (byte) 0xFF, (byte) 0xFE},
                new byte[] {0, 2, 0, 0, 0, 4, 0, 0, 0x68, 0x74, 0, 0, 0, 8, 0x7F, -1, -1, -1, -1, -1, -1, -1},
                new byte[] {-1, -1});
        assertThat(Arrays.copyOf(out.bytes(), out.length())).isEqualTo(expected);
    }

    @Test
    void csvHasNoIntegersOfItsOwn() {
        assertThatThrownBy(() -> new CopyBuffer(4, false, false).integer(1, 4))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSharedValuesArrayIsWrittenAsItWasFormattedAndOthersAsTheyAre() throws IOException {
        String[] shared = {"01", "Thành phố Hà Nội", null, "", "MAPPED"};
        for (boolean remember : new boolean[] {true, false}) {
            CopyBuffer csv = new CopyBuffer(4, false, remember);
            CopyBuffer binary = new CopyBuffer(4, true, remember);
            binary.begin();
            for (int row = 0; row < 3; row++) {
                for (CopyBuffer out : List.of(csv, binary)) {
                    out.row(8);
                    out.text("k" + row);
                    out.values(shared);
                    out.values(new String[] {"a\"b", null});
                    out.endOfRow();
                }
            }
            binary.end();
            assertThat(new String(csv.bytes(), 0, csv.length(), StandardCharsets.UTF_8)).isEqualTo(
                    "\"k0\",\"01\",\"Thành phố Hà Nội\",,\"\",\"MAPPED\",\"a\"\"b\",\n"
                            + "\"k1\",\"01\",\"Thành phố Hà Nội\",,\"\",\"MAPPED\",\"a\"\"b\",\n"
                            + "\"k2\",\"01\",\"Thành phố Hà Nội\",,\"\",\"MAPPED\",\"a\"\"b\",\n");
            List<List<String>> rows = new ArrayList<>();
            for (int row = 0; row < 3; row++) {
                rows.add(Arrays.asList("k" + row, "01", "Thành phố Hà Nội", null, "", "MAPPED", "a\"b", null));
            }
            assertThat(decode(binary)).isEqualTo(rows);
        }
    }

    private static String randomText(Random random) {
        char[] value = new char[random.nextInt(40)];
        for (int i = 0; i < value.length; i++) {
            int pick = random.nextInt(10);
            value[i] = pick < 4 ? (char) (' ' + random.nextInt(95))
                    : pick < 8 ? ALPHABET.charAt(random.nextInt(ALPHABET.length())) : (char) random.nextInt(0x10000);
        }
        return new String(value);
    }

    private static String csv(String... values) {
        CopyBuffer out = new CopyBuffer(16, false, false);
        out.row(values.length);
        for (String value : values) {
            out.text(value);
        }
        out.endOfRow();
        return new String(out.bytes(), 0, out.length(), StandardCharsets.UTF_8);
    }

    private static List<List<String>> binary(String[]... rows) {
        CopyBuffer out = new CopyBuffer(16, true, false);
        out.begin();
        for (String[] row : rows) {
            out.row(row.length);
            for (String value : row) {
                out.text(value);
            }
        }
        out.end();
        try {
            return decode(out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // Reads binary COPY data of text fields back, as PostgreSQL does: the header, then rows up to the trailer.
    private static List<List<String>> decode(CopyBuffer out) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(out.bytes(), 0, out.length()));
        byte[] signature = new byte[11];
        in.readFully(signature);
        assertThat(signature).isEqualTo(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0});
        assertThat(in.readInt()).as("flags").isZero();
        assertThat(in.readInt()).as("header extension").isZero();
        List<List<String>> rows = new ArrayList<>();
        for (int fields = in.readShort(); fields != -1; fields = in.readShort()) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < fields; i++) {
                int length = in.readInt();
                if (length == -1) {
                    row.add(null);
                } else {
                    byte[] bytes = new byte[length];
                    in.readFully(bytes);
                    row.add(new String(bytes, StandardCharsets.UTF_8));
                }
            }
            rows.add(row);
        }
        assertThat(in.available()).as("bytes after the trailer").isZero();
        return rows;
    }

    private static byte[] concat(byte[]... parts) {
        byte[] all = new byte[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
