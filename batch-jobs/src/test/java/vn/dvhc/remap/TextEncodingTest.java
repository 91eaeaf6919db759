package vn.dvhc.remap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.text.Normalizer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

class TextEncodingTest {

    // windows-1258 holds ơ, ư, â … and the five tone marks as combining characters, not every precomposed letter.
    @ParameterizedTest(name = "{0}")
    @CsvSource({"Phường Sài Gòn", "Xã Thủy Nguyên", "Đặc khu Côn Đảo", "Thành phố Hồ Chí Minh", "Xã Ea Kly"})
    void vietnameseNamesGoIntoWindows1258AndComeBackTheSame(String name) {
        TextEncoding cp1258 = TextEncoding.of("windows-1258");
        String back = new String(cp1258.encode(name), Charset.forName("windows-1258"));
        assertThat(Normalizer.normalize(back, Normalizer.Form.NFC)).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ISO-8859-1,cannot hold Vietnamese names", "UTF-16,is not read", "no-such-charset,unknown encoding"})
    void encodingsThatCannotWorkAreRefused(String name, String message) {
        assertThatThrownBy(() -> TextEncoding.of(name))
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.USAGE);
                    assertThat(e.getMessage()).contains(message);
                });
    }
}
