package vn.dvhc.remap.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The CSV fields {@link CopyWrites} sends to PostgreSQL's COPY: NULL is an unquoted empty field, every other value is
 * quoted with its quotes doubled, so that an empty string stays one and separators, line breaks and backslashes are
 * data; the bytes are the text's UTF-8. What PostgreSQL makes of them is {@code RemapTableJobIT}'s and
 * {@code RemapTableCopyIT}'s (the same rows as H2's batched statements).
 */
class CopyTextTest {

    @Test
    void nullIsNothingAndEveryValueIsQuotedWithItsQuotesDoubled() {
        assertThat(fields(null, "", "a,b", "\"trích\"", "tab\there", "x\ny", "\\N", "\\.", "Nguyễn"))
                .isEqualTo(",\"\",\"a,b\",\"\"\"trích\"\"\",\"tab\there\",\"x\ny\",\"\\N\",\"\\.\",\"Nguyễn\"");
    }

    @Test
    void charactersOutsideTheBasicPlaneAreFourBytesAndALoneSurrogateIsAQuestionMark() {
        assertThat(bytes("𠀀 Hà Nội 😀")).isEqualTo("\"𠀀 Hà Nội 😀\"".getBytes(StandardCharsets.UTF_8));
        assertThat(bytes("a\uD800b\uDC00")).isEqualTo("\"a?b?\"".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anyTextIsItsQuotedUtf8AsTheJdkEncodesItHoweverTheBufferGrows() {
        Random random = new Random(2025);
        char[] alphabet = "\"\\,\n\r\tăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
                .toCharArray();
        CopyText out = new CopyText(8, false);
        StringBuilder expected = new StringBuilder();
        for (int round = 0; round < 2_000; round++) {
            char[] value = new char[random.nextInt(40)];
            for (int i = 0; i < value.length; i++) {
                int pick = random.nextInt(10);
                value[i] = pick < 4 ? (char) (' ' + random.nextInt(95)) : pick < 8 ? alphabet[random.nextInt(alphabet.length)]
                        : (char) random.nextInt(0x10000);
            }
            String text = new String(value);
            out.separator();
            out.field(text);
            expected.append(",\"").append(text.replace("\"", "\"\"")).append('"');
        }
        assertThat(Arrays.copyOf(out.bytes(), out.length())).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSharedValuesArrayIsWrittenAsItWasFormattedAndOthersAsTheyAre() {
        String[] shared = {"01", "Thành phố Hà Nội", null, "", "MAPPED"};
        String expected = ",\"01\",\"Thành phố Hà Nội\",,\"\",\"MAPPED\"";
        for (boolean remember : new boolean[] {true, false}) {
            CopyText out = new CopyText(4, remember);
            for (int row = 0; row < 3; row++) {
                out.values(shared);
                out.values(new String[] {"a\"b", null});
                out.endOfRow();
            }
            assertThat(new String(out.bytes(), 0, out.length(), StandardCharsets.UTF_8))
                    .isEqualTo((expected + ",\"a\"\"b\",\n").repeat(3));
        }
    }

    private static byte[] bytes(String value) {
        CopyText out = new CopyText(4, false);
        out.field(value);
        return Arrays.copyOf(out.bytes(), out.length());
    }

    private static String fields(String... values) {
        CopyText out = new CopyText(16, false);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.separator();
            }
            out.field(values[i]);
        }
        return new String(out.bytes(), 0, out.length(), StandardCharsets.UTF_8);
    }
}
