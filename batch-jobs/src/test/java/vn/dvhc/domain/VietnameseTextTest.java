package vn.dvhc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    @ParameterizedTest(name = "clean({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
            "'  Thị trấn  Kẻ Sặt '|Thị trấn Kẻ Sặt",
            "'Phường\nĐăk Cấm\n'|Phường Đăk Cấm",
            "'Xã\u00A0An Bình'|Xã An Bình",
            "''|''"})
    void cleanCollapsesWhitespaceAndTrims(String raw, String expected) {
        assertThat(VietnameseText.clean(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "decomposed {0} becomes NFC")
    @CsvSource({"Hòa Bình", "Thủy Nguyên", "Đắk Lắk"})
    void cleanComposesDecomposedText(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(name);
        assertThat(VietnameseText.clean(decomposed)).isEqualTo(name);
    }

    // NSO moved to new-style tone placement in 2025 (domain.md §1.8): Hòa = Hoà, Thủy = Thuỷ.
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"Hòa Bình,Hoà Bình", "Thủy Nguyên,Thuỷ Nguyên", "Khánh Hòa,KHÁNH HOÀ", "Quí,Quí", "Hòa  Thắng,hoà thắng"})
    void toneKeyIgnoresTonePlacementAndCase(String a, String b) {
        assertThat(VietnameseText.toneKey(a)).isEqualTo(VietnameseText.toneKey(b));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource({"Hòa,Hoa", "Hòa,Hỏa", "An Quý,An Quí", "Đắk,Đăk"})
    void toneKeyKeepsEveryOtherDifference(String a, String b) {
        assertThat(VietnameseText.toneKey(a)).isNotEqualTo(VietnameseText.toneKey(b));
    }

    @ParameterizedTest(name = "fold({0}) = {1}")
    @CsvSource({"Bến Nghé,ben nghe", "BEN NGHE,ben nghe", "ben nghe,ben nghe", "Đồng Tháp,dong thap",
            "Phường B’Lao,phuong b'lao"})
    void foldDropsDiacriticsAndCase(String raw, String expected) {
        assertThat(VietnameseText.fold(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "identifierKey({0}) = {1}")
    @CsvSource({"Mã xã,maxa", "ma_xa,maxa", "MA XA,maxa", "Tỉnh / Thành Phố,tinhthanhpho", "commune_code,communecode"})
    void identifierKeyKeepsOnlyLettersAndDigits(String raw, String expected) {
        assertThat(VietnameseText.identifierKey(raw)).isEqualTo(expected);
    }
}
