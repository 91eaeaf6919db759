package vn.dvhc.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

class CsvTableTest {

    @Test
    void recordsKnowThePhysicalLineTheyStartOn() {
        CsvTable table = CsvTable.parse("a,b\n1,\"two\nlines\"\n3,x\r\n4,y", "t.csv", ',');
        assertThat(table.records()).extracting(CsvTable.Row::line).containsExactly(1L, 2L, 4L, 5L);
        assertThat(table.records().get(1).fields()).containsExactly("1", "two\nlines");
        assertThat(table.records().get(3).fields()).containsExactly("4", "y");
    }

    @Test
    void anUnclosedQuoteIsAnInputErrorWithItsLine() {
        assertThatThrownBy(() -> CsvTable.parse("a,b\n1,2\n3,\"open\n", "t.csv", ','))
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INPUT_MALFORMED);
                    assertThat(e.describe()).startsWith("t.csv line 3: broken quoting");
                });
    }

    @Test
    void aShortLastRecordSaysTheFileMayBeCutShort() {
        CsvTable table = CsvTable.parse("code,name,type\n01,Hà Nội,Thành phố\n02,Hà Gi", "t.csv", ',');
        assertThatThrownBy(() -> table.header(0))
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INPUT_MALFORMED);
                    assertThat(e.describe()).isEqualTo("t.csv line 3: 2 fields where the header has 3");
                    assertThat(e.hint()).contains("cut short");
                });
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThatThrownBy(() -> CsvTable.parse("", "empty.csv", ',').header(0))
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INPUT_HEADER);
                    assertThat(e.getMessage()).isEqualTo("the file is empty");
                });
    }

    @Test
    void headerColumnsAreFoundWithoutAccentsOrCase() {
        Header header = CsvTable.parse("Mã Xã mới,TÊN XÃ\nx,y", "t.csv", ',').header(0);
        assertThat(header.find("ma_xa_moi")).isZero();
        assertThat(header.find("ten xa")).isEqualTo(1);
        assertThatThrownBy(() -> header.require("province_code"))
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INPUT_HEADER);
                    assertThat(e.describe()).isEqualTo("t.csv line 1: no column province_code in the header [Mã Xã mới, TÊN XÃ]");
                });
    }

    @Test
    void invalidUtf8NamesLineColumnAndByte() {
        byte[] bytes = "code,name\n01,Hà Nội\n02,Hà ".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0xC3;
        assertThatThrownBy(() -> StrictText.decode(broken, StandardCharsets.UTF_8, "t.csv"))
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INPUT_ENCODING);
                    assertThat(e.describe()).isEqualTo("t.csv line 3 column 8: invalid UTF-8 byte 0xC3");
                    assertThat(e.hint()).contains("--encoding");
                });
    }

    @Test
    void aByteOrderMarkIsDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', 'b'};
        assertThat(StrictText.decode(bom, StandardCharsets.UTF_8, "t.csv")).isEqualTo("a,b");
    }
}
