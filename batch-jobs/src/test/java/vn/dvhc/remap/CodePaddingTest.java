package vn.dvhc.remap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --pad-codes}, row by row through the remapper: a code that lost its leading zeros (a spreadsheet's export)
 * is read with them only where the row's own district and province agree; without the option its reject says
 * how to get it read.
 */
class CodePaddingTest {

    @TempDir
    Path temp;

    private RemapRows.Result remap(String csv, boolean padCodes) throws IOException {
        return RemapRows.remap(Files.writeString(temp.resolve("in.csv"), csv), "UTF-8", padCodes, OnSplit.FLAG);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "commune, district and province all short (Phúc Xá, Ba Đình, Hà Nội) | 1,1,1,1     | 1,01,001,00001",
            "a short commune in its district and province (Minh Nông, Phú Thọ)   | 2,25,227,7933 | 2,25,227,07933",
            "a short district and province, the commune whole                  | 3,1,18,00553  | 3,01,018,00553",
            "a quoted short commune                                            | 4,25,227,\"7933\" | 4,25,227,07933"})
    void aShortCodeConsistentWithTheRowIsPaddedAndMappedAsTheWholeCode(String what, String shortRow, String wholeRow)
            throws IOException {
        String header = "id,ma_tinh,ma_huyen,ma_xa\n";
        RemapRows.Result padded = remap(header + shortRow + "\n", true);
        assertThat(padded.rejects()).as(what).isEmpty();
        assertThat(padded.counts().padded).isOne();
        assertThat(padded.counts().written).isOne();
        assertThat(padded.output()).as("the row's own bytes are kept").startsWith(shortRow + ",");
        RemapRows.Result whole = remap(header + wholeRow + "\n", false);
        assertThat(padded.output().substring(shortRow.length()))
                .as("the same new columns as the row written with its zeros").isEqualTo(whole.output().substring(wholeRow.length()));
        assertThat(whole.counts().padded).isZero();
    }

    @Test
    void aPaddedCommuneOutsideTheRowsDistrictIsNotPaddedAndTheRejectSaysPaddingWasTried() throws IOException {
        RemapRows.Result result = remap("id,ma_tinh,ma_huyen,ma_xa\n3,25,018,7933\n", true);
        assertThat(result.output()).isEmpty();
        assertThat(result.counts().padded).isZero();
        assertThat(result.counts().reasons[RejectReason.MALFORMED_CODE.ordinal()]).isOne();
        assertThat(result.rejects()).isEqualTo("2,MALFORMED_CODE,\"--pad-codes tried commune '7933' as 07933, but "
                + "commune 07933 (Phường Minh Nông) is in district 227, not 018; not padded\",3,25,018,7933\n");
    }

    @Test
    void aPaddedDistrictThatDoesNotHoldTheCommuneIsNotPadded() throws IOException {
        RemapRows.Result result = remap("id,ma_tinh,ma_huyen,ma_xa\n1,25,18,07933\n", true);
        assertThat(result.counts().padded).isZero();
        assertThat(result.rejects()).isEqualTo("2,MALFORMED_CODE,\"--pad-codes tried district '18' as 018, but "
                + "commune 07933 (Phường Minh Nông) is in district 227, not 18; not padded\",1,25,18,07933\n");
    }

    @Test
    void aPaddedCodeThatIsNoCodeOfTheReleaseIsNotPadded() throws IOException {
        RemapRows.Result result = remap("id,ma_xa\n1,9998\n", true);
        assertThat(result.rejects()).isEqualTo("2,MALFORMED_CODE,\"--pad-codes tried commune '9998' as 09998, but the "
                + "pre-2025 list has no commune 09998; not padded\",1,9998\n");
    }

    @Test
    void withoutParentColumnsAShortCommuneIsPadded() throws IOException {
        RemapRows.Result result = remap("id,ma_xa\n1,7933\n2,26740\n", true);
        assertThat(result.rejects()).isEmpty();
        assertThat(result.counts().written).isEqualTo(2);
        assertThat(result.counts().padded).as("only the short one").isOne();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "79x3   | commune code '79x3' is not 5 digits",
            "079330 | commune code '079330' is not 5 digits",
            "7 933  | commune code '7 933' is not 5 digits",
            "-7933  | commune code '-7933' is not 5 digits"})
    void nonDigitsAndTooLongCodesAreNeverPadded(String code, String detail) throws IOException {
        RemapRows.Result result = remap("id,ma_xa\n1," + code + "\n", true);
        assertThat(result.counts().padded).isZero();
        assertThat(result.rejects()).isEqualTo("2,MALFORMED_CODE," + detail + ",1," + code + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1,25,227,7933 | 7933 has 4 digits; a commune code has 5 — if leading zeros were lost (Excel), run with --pad-codes",
            "1,25,18,07933 | 18 has 2 digits; a district code has 3 — if leading zeros were lost (Excel), run with --pad-codes",
            "1,1,001,00001 | 1 has 1 digit; a province code has 2 — if leading zeros were lost (Excel), run with --pad-codes"})
    void withoutTheOptionTheRejectOfAShortCodeNamesIt(String row, String detail) throws IOException {
        RemapRows.Result result = remap("id,ma_tinh,ma_huyen,ma_xa\n" + row + "\n", false);
        assertThat(result.output()).isEmpty();
        assertThat(result.rejects()).isEqualTo("2,MALFORMED_CODE,\"" + detail + "\"," + row + "\n");
    }

    @Test
    void aPaddedSplitCommuneRejectedAsSplitSaysItWasPadded() throws IOException {
        RemapRows.Result result = RemapRows.remap(Files.writeString(temp.resolve("in.csv"),
                "id,ma_tinh,ma_huyen,ma_xa\n1,01,018,553\n"), "UTF-8", true, OnSplit.REJECT);
        assertThat(result.rejects()).startsWith("2,SPLIT,commune 00553 (Xã Cổ Bi) was split; candidates ")
                .contains(" (leading zeros restored: 553 → 00553),1,01,018,553");
    }
}
