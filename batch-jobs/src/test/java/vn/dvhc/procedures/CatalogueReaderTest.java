package vn.dvhc.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dvhc.common.CsvTable;
import vn.dvhc.common.InputTables;
import vn.dvhc.domain.procedure.Level;
import vn.dvhc.domain.procedure.Procedure;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.ExitCode;

class CatalogueReaderTest {

    static final Map<String, String> OLD_PROVINCES = Map.of("05", "Hà Nội (sample)", "10", "Lào Cai", "15", "Yên Bái");

    private final CatalogueReader reader = new CatalogueReader(OLD_PROVINCES);

    @Test
    void anAnnexWithTitleRowsAndHeadingsInVietnamese() {
        CatalogueReader.Result result = read("""
                DANH MỤC THỦ TỤC HÀNH CHÍNH TỈNH YÊN BÁI,,,,,
                STT,Mã TTHC,Tên TTHC,Cấp thực hiện,Cơ quan thực hiện,Tỉnh cũ
                A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH,,,,,
                I. Lĩnh vực Giáo dục trung học,,,,,
                1,3.000181,Tuyển sinh trung học phổ thông,Cấp tỉnh,Sở Giáo dục và Đào tạo,Tỉnh Yên Bái (15)
                B. THỦ TỤC HÀNH CHÍNH CẤP XÃ,,,,,
                1,1.000894.000.00.00.H63,Đăng ký  kết hôn,"Cấp xã",UBND cấp xã,15
                """);
        assertThat(result.procedures()).hasSize(2);
        assertThat(result.headingRows()).isEqualTo(3);
        assertThat(result.oldProvinces()).containsExactly("15");
        Procedure first = result.procedures().get(0);
        assertThat(first.sector()).isEqualTo("Giáo dục trung học");
        assertThat(first.source().line()).isEqualTo(5);
        Procedure second = result.procedures().get(1);
        assertThat(second.code().value()).as("the national part of a local code").isEqualTo("1.000894");
        assertThat(second.name()).isEqualTo("Đăng ký kết hôn");
        assertThat(second.sector()).as("a level heading closes the sector").isEmpty();
    }

    @Test
    void englishHeadersAndSeveralLevelsPerProcedure() {
        CatalogueReader.Result result = read("""
                procedure_code,procedure_name,sector,level,agency,agency_code,time_limit,fee,place,legal_basis,old_province_code
                2.000815,Chứng thực bản sao,Chứng thực,"Cấp tỉnh, Cấp huyện",Sở Tư pháp,000.00.05.H38,Trong ngày,2.000 đồng/trang,Một cửa,NĐ 23/2015/NĐ-CP,10
                """);
        Procedure p = result.procedures().get(0);
        assertThat(p.levels()).containsExactly(Level.TINH, Level.HUYEN);
        assertThat(p.agencyCode()).isEqualTo("000.00.05.H38");
        assertThat(p.fee()).isEqualTo("2.000 đồng/trang");
        assertThat(p.place()).isEqualTo("Một cửa");
        assertThat(p.legalBasis()).isEqualTo("NĐ 23/2015/NĐ-CP");
    }

    @Test
    void aProvinceCodeThatLostItsZeroIsReadBack() {
        assertThat(read("Mã TTHC,Tên TTHC,Cấp thực hiện,Mã tỉnh\n1.000894,Đăng ký kết hôn,Cấp xã,5\n")
                .procedures().get(0).oldProvince()).isEqualTo("05");
    }

    @Test
    void everyBadRowIsReportedAtOnceWithLineAndColumn() {
        assertThatThrownBy(() -> read("""
                Mã TTHC,Tên TTHC,Cấp thực hiện,Mã tỉnh cũ
                1.00089,Đăng ký kết hôn,Cấp xã,15
                1.000894,Đăng ký kết hôn,Cấp thôn,15
                1.000894,Đăng ký kết hôn,Cấp xã,99
                1.000894,,Cấp xã,15
                2.000815,Chứng thực,Cấp xã,15
                """)).isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT);
                    assertThat(e.location().line()).isEqualTo(2);
                    assertThat(e.location().column()).isEqualTo(1);
                    assertThat(e.describe()).startsWith("catalogue.csv line 2 column 1: '1.00089' is not a national "
                            + "procedure code").contains("and 3 more problems:",
                            "catalogue.csv line 3 column 3: 'Cấp thôn' names no level",
                            "catalogue.csv line 4 column 4: '99' is not the code of a pre-2025 province",
                            "catalogue.csv line 5 column 2: the procedure has no name");
                });
    }

    @Test
    void aMissingColumnIsAHeaderError() {
        assertThatThrownBy(() -> read("Mã TTHC,Tên TTHC,Cấp thực hiện\n1.000894,Đăng ký kết hôn,Cấp xã\n"))
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INPUT_HEADER);
                    assertThat(e.describe()).startsWith("catalogue.csv line 1: no column Mã tỉnh cũ or Tỉnh cũ");
                    assertThat(e.hint()).contains("docs/procedure-formats.md");
                });
    }

    @Test
    void aCatalogueWithoutProceduresIsAnInputError() {
        assertThatThrownBy(() -> read("Mã TTHC,Tên TTHC,Cấp thực hiện,Mã tỉnh\n,A. THỦ TỤC HÀNH CHÍNH CẤP TỈNH,,\n"))
                .isInstanceOfSatisfying(DvhcException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("the catalogue lists no procedure"));
    }

    @Test
    void theDelimiterIsTheMostFrequentOnTheFirstLine() {
        assertThat(InputTables.delimiter("Mã TTHC;Tên TTHC;\"Phí, lệ phí\";Cấp\n1;2;3;4")).isEqualTo(';');
        assertThat(InputTables.delimiter("a\tb\tc\n")).isEqualTo('\t');
        assertThat(InputTables.delimiter("a,b;c,d\n")).isEqualTo(',');
    }

    private CatalogueReader.Result read(String csv) {
        return reader.read(CsvTable.parse(csv, "catalogue.csv", InputTables.delimiter(csv)));
    }
}
