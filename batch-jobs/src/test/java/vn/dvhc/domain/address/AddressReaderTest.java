package vn.dvhc.domain.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dvhc.domain.Unit;

/**
 * The hard cases of reading addresses, one row each, against the real pre-2025 units and historical names:
 * {@code address | status | candidate codes | prefix | a fragment of the note}.
 */
class AddressReaderTest {

    private final AddressReader reader = OldUnits.reader();

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # The issue's example, and every abbreviation of spec §5a
            12 Hàm Nghi, P. Bến Nghé, Q.1, TP.HCM                  | MATCHED      | 26740 | 12 Hàm Nghi | -
            12 Ham Nghi, P. Ben Nghe, Q1, HCM                      | MATCHED      | 26740 | 12 Ham Nghi | -
            P3, Q.Phú Nhuận, TP.HCM                                | MATCHED      | 27043 | ''          | historical name 'P3'
            F3 Q3 HCM                                              | MATCHED      | 27154 | ''          | -
            P.3 Q.3 TP HCM                                         | MATCHED      | 27154 | ''          | -
            Phường 03, Quận 3, Thành phố Hồ Chí Minh               | MATCHED      | 27154 | ''          | -
            X. Tân Phú Trung, H. Củ Chi, TP. Hồ Chí Minh           | MATCHED      | 27553 | ''          | -
            Xã Tân Phú Trung, H.Củ Chi, Tp Hồ Chí Minh             | MATCHED      | 27553 | ''          | -
            TT. Yên Viên, Gia Lâm, Hà Nội                          | MATCHED      | 00526 | ''          | -
            Phường Trung Hưng, TX. Sơn Tây, HN                     | MATCHED      | 09601 | ''          | -
            Phường Dĩ An, TP. Dĩ An, T. Bình Dương                 | MATCHED      | 25942 | ''          | -
            Phường 1, Quận 11, Sài Gòn                             | MATCHED      | 27247 | ''          | -
            Phường Thắng Nhất, TP Vũng Tàu, BR-VT                  | MATCHED      | 26533 | ''          | -
            Phường Vĩnh Ninh, TP Huế, TT-Huế                       | MATCHED      | 19783 | ''          | historical name 'TP Huế'
            # Numbered wards: Phường 1 is in 33 districts (and Vị Thanh has a Phường I)
            Phường 1                                               | AMBIGUOUS    | 19333 19357 22015 24784 24823 25456 26506 26890 26944 26977 27058 27160 27184 27247 27298 27325 27373 27694 27787 28261 28300 28435 29239 29512 29551 29869 29905 31318 31522 31732 31783 31825 31942 32005 | '' | -
            Phường 1, TP.HCM                                       | AMBIGUOUS    | 26890 26944 26977 27058 27160 27184 27247 27298 27325 27373 | '' | -
            Phường V, TP Vị Thanh, Hậu Giang                       | MATCHED      | 31327 | ''          | -
            Phường 5, TP Vị Thanh, Hậu Giang                       | MATCHED      | 31327 | ''          | -
            # Streets named like communes are streets
            12 Nguyễn Thái Bình, Quận 1, TP.HCM                    | UNRECOGNISED | -     | 12 Nguyễn Thái Bình | no commune recognised in Quận 1
            45 Lê Lợi, Phường Bến Thành, Quận 1, TP.HCM            | MATCHED      | 26743 | 45 Lê Lợi   | -
            Số 5 đường Lê Lợi, TP Vinh, Nghệ An                    | UNRECOGNISED | -     | Số 5 đường Lê Lợi | in Thành phố Vinh
            Lê Lợi, TP Vinh, Nghệ An                               | MATCHED      | 16669 | ''          | -
            12 Xã Đàn, Đống Đa, Hà Nội                             | UNRECOGNISED | -     | 12 Xã Đàn   | in Quận Đống Đa
            Ngõ 12 Phố Huế, Hai Bà Trưng, Hà Nội                   | UNRECOGNISED | -     | Ngõ 12 Phố Huế | in Quận Hai Bà Trưng
            # No district: inferred when the province has one such commune, else every candidate
            P. Bến Nghé, TP.HCM                                    | MATCHED      | 26740 | ''          | district not written: Quận 1
            Bến Nghé                                               | MATCHED      | 26740 | ''          | province not written
            Phường Quang Trung, Hà Nội                             | AMBIGUOUS    | 00214 09538 | '' | -
            Kiệt 12 Hùng Vương, P. Phú Nhuận, TP Huế               | MATCHED      | 19789 | Kiệt 12 Hùng Vương | district not written: Quận Thuận Hóa
            # A phrase that is a district and a commune of it, with nothing before: maybe no commune was written
            Sa Pa, Lào Cai                                         | AMBIGUOUS    | 03001 | ''          | may also be Thị xã Sa Pa
            Đan Phượng, Hà Nội                                     | AMBIGUOUS    | 09823 | ''          | may also be Huyện Đan Phượng
            # Sa Pa and Sa Pả: diacritics decide when written, and only then
            Phường Sa Pa, Thị xã Sa Pa, Lào Cai                    | MATCHED      | 03001 | ''          | -
            Phường Sa Pả, Thị xã Sa Pa, Lào Cai                    | MATCHED      | 03002 | ''          | -
            Phuong Sa Pa, Thi xa Sa Pa, Lao Cai                    | AMBIGUOUS    | 03001 03002 | '' | -
            # Xã X and Phường X (or Thị trấn X) in one district: the type decides when written
            Phường Tân Thành, TP Cà Mau, Cà Mau                    | MATCHED      | 32025 | ''          | -
            Xã Tân Thành, TP Cà Mau, Cà Mau                        | MATCHED      | 32026 | ''          | -
            Tân Thành, TP Cà Mau, Cà Mau                           | AMBIGUOUS    | 32025 32026 | '' | -
            Yên Viên, Gia Lâm, Hà Nội                              | AMBIGUOUS    | 00526 00532 | '' | -
            # Typos: one letter, only when no other unit of the scope is as close
            Phường Bến Ngé, Quận 1, TP HCM                         | MATCHED      | 26740 | ''          | typo: 'Bến Ngé' read as Phường Bến Nghé
            Xã Phù inh, Huyện Sóc Sơn, Hà Nội                      | AMBIGUOUS    | 00400 00445 | '' | one edit from each of Xã Phù Linh, Xã Phú Minh
            Xã Tm Hiệp, Huyện Thanh Trì, Hà Nội                    | AMBIGUOUS    | 00655 00658 | '' | -
            Phường Bến Nghé, Quận 1, TP Hồ Chí Mnh                 | MATCHED      | 26740 | ''          | typo: 'Hồ Chí Mnh'
            Xã Long Điền, Huyện Chợ Mới, Tỉnh An Giang             | AMBIGUOUS    | 30640 30646 30664 | '' | -
            Xã Trà Nú, Huyện BBắc Trà My, Quảng Nam                | MATCHED      | 20905 | ''          | typo: 'BBắc Trà My'
            # A name inside a larger one is not read alone: Trà My in Bắc Trà My, Bá in a misspelt Yên Bái
            Bắc Trà My, Quảng Nam                                  | UNRECOGNISED | -     | ''          | in Huyện Bắc Trà My
            Xã Trà Mai Huyện Namm Trà My Tỉnh Quảng Nam            | MATCHED      | 20944 | ''          | typo: 'Namm Trà My'
            x. phúc lợi - huyện lục yên - tỉnh yên bá              | MATCHED      | 04363 | ''          | typo: 'yên bá'
            # Words that look like type words: Xá, Phương (with diacritics) are names; province names end the address
            Số 7 Trần Hưng Đạo Xã Đào Xá Phú Thọ                   | MATCHED      | 08662 | Số 7 Trần Hưng Đạo | -
            Bản Na Hang Xã Đông Phương Thái Bình                   | MATCHED      | 12694 | Bản Na Hang | -
            TO 5, KHU PHO 2 PHUONG PHU XA THAI NGUYEN              | MATCHED      | 05470 | TO 5, KHU PHO 2 | -
            Phường Bắc Lệnh - Thành phố Lào Cai - Lào Cai          | MATCHED      | 02650 | ''          | -
            P.BÃI BÔNG - TP. PHỔ YÊN - THÁI NGUYÊN                 | MATCHED      | 05854 | ''          | -
            # Historical names (unit-history.csv), with their basis in the note
            Phường An Phú, Quận 2, TP.HCM                          | MATCHED      | 27091 | ''          | historical name 'Quận 2' read as Thành phố Thủ Đức
            Phường Hiệp Phú, Quận 9, Sài Gòn                       | MATCHED      | 26839 | ''          | NSO code 763 (Quận 9) listed until 2020-11-01
            Phường Bình Khánh, Quận 2, TP.HCM                      | MATCHED      | 27094 | ''          | historical name 'Phường Bình Khánh' read as Phường An Khánh
            Phường 7, Quận 3, TP.HCM                               | MATCHED      | 27139 | ''          | merged into 27139 Phường Võ Thị Sáu
            Xã Phổng Lăng, Thuận Châu, Sơn La                      | MATCHED      | 03748 | ''          | listed as Xã Phổng Lăng until 2025-01-04
            Thị trấn Mộc Châu, Mộc Châu, Sơn La                    | MATCHED      | 03979 | ''          | read as Phường Mộc Sơn
            Xã Lê Lợi, Huyện Hoành Bồ, Quảng Ninh                  | MATCHED      | 07066 | ''          | historical name 'Huyện Hoành Bồ'
            Phường Phú Hội, TP Huế, Thừa Thiên Huế                 | MATCHED      | 19786 | ''          | historical name 'Thừa Thiên Huế'
            Xóm 4, Xã Nghi Phong, Huyện Nghi Lộc, Nghệ An          | MATCHED      | 17902 | Xóm 4       | under district 429 until 2024-11-01
            # A current name wins over a historical one: Quận 6 has a Phường 1 again since 2025 (an older one merged)
            Phường 1, Quận 6, TP.HCM                               | MATCHED      | 27373 | ''          | -
            Phường 3, Quận 6, TP.HCM                               | MATCHED      | 27373 | ''          | historical name 'Phường 3' read as Phường 1
            # Tone placement, case, separators
            xã hoà bình, huyện thuỷ nguyên, hải phòng              | MATCHED      | 11527 | ''          | (written as Xã)
            Xã Hòa Bình, Thành phố Thủy Nguyên, Hải Phòng          | MATCHED      | 11527 | ''          | -
            PHƯỜNG BẾN NGHÉ QUẬN 1 TP HCM                          | MATCHED      | 26740 | ''          | -
            Phường Bến Nghé; Quận 1; TP.HCM                        | MATCHED      | 26740 | ''          | -
            Phường Bến Nghé - Quận 1 - TP.HCM, Việt Nam            | MATCHED      | 26740 | ''          | -
            Xa Ea Hleo, Huyen Ea Hleo, Dak Lak                     | MATCHED      | 24184 | ''          | -
            Xã KDang, Huyện Đăk Đoa, Gia Lai                       | MATCHED      | 23698 | ''          | -
            # Lanes, hamlets and streets before the units are the prefix, as written
            Ngõ 5 Phạm Văn Đồng, P. Mai Dịch, Q. Cầu Giấy, HN      | MATCHED      | 00163 | Ngõ 5 Phạm Văn Đồng | -
            Hẻm 51 Lê Văn Sỹ, P.13, Q. Phú Nhuận, TP.HCM           | MATCHED      | 27085 | Hẻm 51 Lê Văn Sỹ | -
            Thôn Đông, Xã Tân Lập, Huyện Đan Phượng, Hà Nội        | MATCHED      | 09820 | Thôn Đông   | -
            Ấp 3, Xã Tân Thạnh Đông, Huyện Củ Chi, TP.HCM          | MATCHED      | 27547 | Ấp 3        | -
            Bản Lướt, Xã Tả Van, TX Sa Pa, Lào Cai                 | MATCHED      | 03040 | Bản Lướt    | -
            Buôn Ako Dhông, P. Tân Lợi, TP Buôn Ma Thuột, Đắk Lắk  | MATCHED      | 24136 | Buôn Ako Dhông | -
            Tổ dân phố 3, Phường Mộ Lao, Quận Hà Đông, Hà Nội      | MATCHED      | 09541 | Tổ dân phố 3 | -
            Khu phố 2, Phường Linh Trung, TP Thủ Đức, TP.HCM       | MATCHED      | 26800 | Khu phố 2   | -
            Tổ 5 Bến Nghé Quận 1                                   | MATCHED      | 26740 | Tổ 5        | -
            # Nothing or only a province: say what was recognised
            T. Bình Dương                                          | UNRECOGNISED | -     | ''          | no commune recognised in Tỉnh Bình Dương
            Phường Xyz, Huyện Không Có, Hà Nội                     | UNRECOGNISED | -     | Phường Xyz, Huyện Không Có | no commune recognised in Thành phố Hà Nội
            hello world                                            | UNRECOGNISED | -     | hello world | no commune recognised
            """)
    void readsAddressesAsPeopleWriteThem(String address, MatchStatus status, String codes, String prefix, String note) {
        AddressMatch match = reader.match(address);
        assertThat(match.status()).as(match.toString()).isEqualTo(status);
        assertThat(match.candidates()).extracting(Unit::code).as(match.note())
                .containsExactlyElementsOf(codes == null ? List.of() : Arrays.asList(codes.split(" ")));
        assertThat(match.prefix()).isEqualTo(prefix);
        assertThat(address).contains(match.prefix());
        if (note != null) {
            assertThat(match.note()).contains(note);
        }
    }

    @Test
    void decomposedInputReadsLikeComposed() {
        String address = "Hẻm 51 Lê Văn Sỹ, Phường 13, Quận Phú Nhuận, Thành phố Hồ Chí Minh";
        String decomposed = Normalizer.normalize(address, Normalizer.Form.NFD);
        AddressMatch match = reader.match(decomposed);
        assertThat(match.candidates()).extracting(Unit::code).containsExactly("27085");
        assertThat(match.status()).isEqualTo(MatchStatus.MATCHED);
        // The prefix is the input's own text, decomposed as it came.
        assertThat(match.prefix()).isEqualTo(Normalizer.normalize("Hẻm 51 Lê Văn Sỹ", Normalizer.Form.NFD));
    }

    @Test
    void aMatchNamesItsDistrictAndProvinceEvenWhenNotWritten() {
        AddressMatch match = reader.match("12 Hàm Nghi, P. Bến Nghé");
        assertThat(match.district().fullName()).isEqualTo("Quận 1");
        assertThat(match.province().fullName()).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(match.commune().fullName()).isEqualTo("Phường Bến Nghé");
        assertThat(match.note()).isEqualTo("district not written: Quận 1; province not written: Thành phố Hồ Chí Minh");
    }

    @Test
    void anUnrecognisedAddressStillNamesItsProvince() {
        AddressMatch match = reader.match("Số 5 đường Lê Lợi, TP Vinh, Nghệ An");
        assertThat(match.province().fullName()).isEqualTo("Tỉnh Nghệ An");
        assertThat(match.district().fullName()).isEqualTo("Thành phố Vinh");
        assertThat(match.commune()).isNull();
    }

    @Test
    void nullAndBlankAreUnrecognised() {
        assertThat(reader.match(null).status()).isEqualTo(MatchStatus.UNRECOGNISED);
        assertThat(reader.match("  , ; ").prefix()).isEmpty();
    }
}
