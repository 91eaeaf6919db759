package vn.dvhc.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dvhc.domain.split.CommuneLookup;
import vn.dvhc.domain.split.SplitRule;
import vn.dvhc.domain.split.SplitRules;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ExitCode;
import vn.dvhc.testing.BuiltInChain;

/** {@code --split-rules} files as provinces write them, and every way one can be wrong: exit 3, file and line. */
class SplitRulesReaderTest {

    private static final CommuneLookup COMMUNES = BuiltInChain.communes();
    private static final String HEADER = "old_commune_code,match,new_commune_code,note\n";

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("rules.csv"), content);
    }

    @Test
    void readsRulesWithNotesFromAFileWithABomAndCrlf() throws IOException {
        Path file = dir.resolve("rules.csv");
        Files.write(file, ("\uFEFF" + HEADER.replace("\n", "\r\n")
                + "00112,Tổ dân phố 7,00004,QĐ 12/QĐ-UBND\r\n00112,\"Đường Thụy Khuê, đoạn lẻ\",00103,\r\n")
                .getBytes(StandardCharsets.UTF_8));
        SplitRules rules = SplitRulesReader.read(file, COMMUNES);
        assertThat(rules.rules()).containsExactly(
                new SplitRule("rules.csv", 2, "00112", "Tổ dân phố 7", "00004", "QĐ 12/QĐ-UBND"),
                new SplitRule("rules.csv", 3, "00112", "Đường Thụy Khuê, đoạn lẻ", "00103", ""));
        assertThat(rules.resolve("00112", "Số 3, tổ dân phố 7").basis()).isEqualTo("rules.csv line 2");
    }

    @Test
    void otherColumnsAreIgnoredAndLinesLeftUndecidedOrBlankAreSkipped() throws IOException {
        Path file = file("""
                rows,old_commune_code,old_commune_name,match,candidates,new_commune_code
                12,00112,Phường Thụy Khuê,Tổ 7,00004 Phường Ba Đình | 00103 Phường Tây Hồ,
                
                3,00112,Phường Thụy Khuê,Tổ 8,00004 Phường Ba Đình | 00103 Phường Tây Hồ,00103
                """);
        assertThat(SplitRulesReader.read(file, COMMUNES).rules()).singleElement()
                .satisfies(r -> assertThat(r.basis()).isEqualTo("rules.csv line 4"));
    }

    @Test
    void aSemicolonSeparatedFileFromASpreadsheetIsRead() throws IOException {
        Path file = file("old_commune_code;match;new_commune_code\n00553;Thôn Cổ Bi;00565\n");
        assertThat(SplitRulesReader.read(file, COMMUNES).rules()).extracting(SplitRule::newCommuneCode)
                .containsExactly("00565");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a missing column        | old_commune_code,match\\n00112,Thôn 1\\n                          | rules.csv line 1: no column new_commune_code in the header [old_commune_code, match]
            an empty file           | ''                                                            | rules.csv line 1: the file is empty
            a line with a field too many | ${H}00112,Thôn 1,00103,,x\\n                              | rules.csv line 2: 5 fields where the header has 4
            a broken quote          | ${H}00112,Thôn 1,00103,ok\\n00112,\\"Thôn 2,00004,\\n          | rules.csv line 3: broken quoting: a quoted field is not closed before the end of the file
            an unknown old commune  | ${H}00112,Thôn 1,00103,\\n99999,Thôn 2,00004,\\n               | rules.csv line 3: unknown old commune code 99999
            a commune not split     | ${H}26740,Thôn 2,26740,\\n                                    | rules.csv line 2: old commune 26740 (Phường Bến Nghé) is not split: it goes to 26740 Phường Sài Gòn only
            a target not a candidate | ${H}00112,Thôn 1,00103,\\n00112,Thôn 2,00136,\\n              | rules.csv line 3: new commune '00136' is not a candidate of old commune 00112 (Phường Thụy Khuê); its candidates are 00004 Phường Ba Đình, 00103 Phường Tây Hồ
            a decision without words | ${H}00112,,00103,\\n                                        | rules.csv line 2: match '' has no words to look for
            leading zeros lost      | ${H}112,Thôn 1,00103,\\n                                      | rules.csv line 2: old_commune_code '112' is not a commune code (5 digits)
            the same words twice    | ${H}00112,Thôn 1,00103,\\n00112,thon 01,00004,\\n             | rules.csv line 3: the same words as line 2 for old commune 00112 (Phường Thụy Khuê)
            """)
    void everyBadLineIsAnInputErrorNamingFileAndLine(String what, String content, String message) throws IOException {
        Path file = file(content.replace("${H}", HEADER).replace("\\n", "\n").replace("\\\"", "\""));
        assertThatThrownBy(() -> SplitRulesReader.read(file, COMMUNES))
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT);
                    assertThat(e.describe()).isEqualTo(message);
                });
    }

    /** The hint for a last line with the wrong number of fields: fewer is a file cut short, more is a stray comma. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one field too many on the last line  | 00112,Thôn 1,00103,,x          | 5 fields where the header has 4 | check the delimiters and quotes of this record
            one field too many on a middle line  | 00112,Thôn 1,00103,,x\\n00112,Thôn 2,00004, | 5 fields where the header has 4 | check the delimiters and quotes of this record
            a last line cut short                | 00112,Thôn 1,00103,\\n00112,Thôn | 2 fields where the header has 4 | the last record is incomplete: was the file cut short?
            """)
    void theHintSaysWhetherTheLineHasTooManyFieldsOrTooFew(String what, String lines, String message, String hint)
            throws IOException {
        Path file = file(HEADER + lines.replace("\\n", "\n"));
        assertThatThrownBy(() -> SplitRulesReader.read(file, COMMUNES))
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT);
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.hint()).isEqualTo(hint);
                });
    }

    @Test
    void anUndecodableByteIsAnInputErrorWithItsLine() throws IOException {
        Path file = dir.resolve("rules.csv");
        Files.write(file, (HEADER + "00112,Th").getBytes(StandardCharsets.UTF_8));
        Files.write(file, new byte[]{(byte) 0xF4, 'n', ' ', '1', ',', '0', '0', '1', '0', '3', ',', '\n'},
                java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> SplitRulesReader.read(file, COMMUNES))
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT);
                    assertThat(e.describe()).startsWith("rules.csv line 2 column 9: invalid UTF-8 byte 0xF4");
                });
    }
}
