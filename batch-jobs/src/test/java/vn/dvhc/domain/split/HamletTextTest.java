package vn.dvhc.domain.split;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hamlet or street text by which the worklist groups the rows of a split commune. */
class HamletTextTest {

    @ParameterizedTest(name = "''{0}'' → ''{1}''")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            Thôn 1                                        | Thôn 1
            thon 1                                        | thon 1
            Số 5, ngõ 12, đường Lạc Long Quân, tổ 3       | tổ 3
            số 5 ngõ 12 phố Huế                           | phố Huế
            Số 185 Đường Thụy Khuê                        | Đường Thụy Khuê
            12 Lê Lợi                                     | Lê Lợi
            12A/3 Lê Lợi                                  | Lê Lợi
            Số nhà 45, Tổ dân phố 7                       | Tổ dân phố 7
            SN 45 TDP 7                                   | TDP 7
            Khu phố 3 - Hẻm 12                            | Khu phố 3
            Hẻm 12/3                                      | Hẻm 12/3
            đường Láng                                    | đường Láng
            Ấp Tân Lập, số 45                             | Ấp Tân Lập
            xóm 2 thôn Đông                               | thôn Đông
            Xóm Chợ, thôn Cổ Bi                           | thôn Cổ Bi
            Xóm Chợ                                       | Xóm Chợ
            Thôn Bản Lác                                  | Thôn Bản Lác
            đường Lê Lợi số 5                             | đường Lê Lợi
            '  Thôn   1.  '                               | Thôn 1
            Số 5                                          | ''
            thôn                                          | thôn
            ''                                            | ''
            """)
    void takesTheHighestRankedPlaceWithoutHouseNumbers(String beforeUnits, String expected) {
        assertThat(HamletText.of(beforeUnits)).isEqualTo(expected);
    }
}
