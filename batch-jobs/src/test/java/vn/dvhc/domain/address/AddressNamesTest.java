package vn.dvhc.domain.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dvhc.domain.Unit;

/** Unit names given in columns: {@code commune | district | province | status | codes | a fragment of the note}. */
class AddressNamesTest {

    private final AddressReader reader = OldUnits.reader();

    @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            P. Bến Nghé         | Q.1             | TP.HCM           | MATCHED      | 26740 | -
            Bến Nghé            | 1               | Hồ Chí Minh      | MATCHED      | 26740 | -
            Phường Bến Nghé     | -               | -                | MATCHED      | 26740 | district not written: Quận 1
            1                   | 3               | HCM              | MATCHED      | 27160 | -
            Phường 1            | -               | TP.HCM           | AMBIGUOUS    | 26890 26944 26977 27058 27160 27184 27247 27298 27325 27373 | -
            Tân Thành           | TP Cà Mau       | Cà Mau           | AMBIGUOUS    | 32025 32026 | -
            Xã Tân Thành        | Thành phố Cà Mau| Tỉnh Cà Mau      | MATCHED      | 32026 | -
            Sa Pa               | Sa Pa           | Lào Cai          | MATCHED      | 03001 | -
            Sa Pa               | Sa Pa           | Lao Cai          | AMBIGUOUS    | 03001 03002 | -
            Hiệp Phú            | Quận 9          | TP.HCM           | MATCHED      | 26839 | historical name 'Quận 9'
            Thôn 3, Xã Tân Lập  | Đan Phượng      | Hà Nội           | MATCHED      | 09820 | -
            Bến Nghé            | Quận 1          | Hà Nội           | UNRECOGNISED | -     | district 'Quận 1' not recognised there
            Bến Nghé            | Quận Xyz        | TP.HCM           | MATCHED      | 26740 | district 'Quận Xyz' not recognised there
            Bến Ngé             | Quận 1          | TP.HCM           | MATCHED      | 26740 | typo: 'Bến Ngé'
            Xyz                 | Quận 1          | TP.HCM           | UNRECOGNISED | -     | no commune recognised in Quận 1
            -                   | Quận 1          | TP.HCM           | UNRECOGNISED | -     | no commune recognised in Quận 1
            """)
    void readsNameColumns(String commune, String district, String province, MatchStatus status, String codes, String note) {
        AddressMatch match = reader.matchNames(commune, district, province);
        assertThat(match.status()).as(match.toString()).isEqualTo(status);
        assertThat(match.candidates()).extracting(Unit::code).as(match.note())
                .containsExactlyElementsOf(codes == null ? List.of() : Arrays.asList(codes.split(" ")));
        assertThat(match.prefix()).isEmpty();
        if (note != null) {
            assertThat(match.note()).contains(note);
        }
    }
}
