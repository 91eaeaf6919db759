package vn.dvhc.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.domain.split.CommuneLookup;
import vn.dvhc.domain.split.HamletText;
import vn.dvhc.domain.split.SplitResolution;
import vn.dvhc.domain.split.SplitRules;
import vn.dvhc.domain.split.Worklist;
import vn.dvhc.testing.BuiltInChain;

/**
 * The loop of spec §5b: rows left split → worklist → a person fills in {@code new_commune_code} → the same file
 * as {@code --split-rules} → those rows resolved, the rest in the next worklist.
 */
class SplitWorklistLoopTest {

    private static final CommuneLookup COMMUNES = BuiltInChain.communes();
    /** Old commune code, then the address part before the administrative units. */
    private static final List<String[]> ROWS = List.of(
            row("00112", "Số 3, Tổ dân phố 7"),
            row("00112", "số 15 tổ dân phố 07"),
            row("00112", "Số 9, TỔ DÂN PHỐ 7"),
            row("00112", "Số 185 Đường Thụy Khuê"),
            row("00112", "201 đường Thuỵ Khuê"),
            row("00112", "Số 12"),
            row("00553", "Thôn Cổ Bi"),
            row("00553", "Xóm Chợ, thôn Cổ Bi"),
            row("00553", "thôn Dương Đình"));

    @TempDir
    Path dir;

    private static String[] row(String old, String beforeUnits) {
        return new String[]{old, beforeUnits};
    }

    private static Worklist worklist(List<String[]> rows) {
        Worklist worklist = new Worklist();
        rows.forEach(r -> worklist.add(COMMUNES.find(r[0]), HamletText.of(r[1])));
        return worklist;
    }

    @Test
    void theFilledWorklistResolvesItsRowsAndTheRestStaysOpen() throws IOException {
        Path file = dir.resolve("worklist.csv");
        WorklistWriter.write(file, worklist(ROWS).entries());
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("""
                \uFEFFold_commune_code,old_commune_name,match,rows,candidates,new_commune_code,note
                00112,Phường Thụy Khuê,Tổ dân phố 7,3,00004 Phường Ba Đình | 00103 Phường Tây Hồ,,
                00112,Phường Thụy Khuê,Đường Thụy Khuê,2,00004 Phường Ba Đình | 00103 Phường Tây Hồ,,
                00112,Phường Thụy Khuê,,1,00004 Phường Ba Đình | 00103 Phường Tây Hồ,,
                00553,Xã Cổ Bi,Thôn Cổ Bi,2,00136 Phường Phúc Lợi | 00541 Xã Phù Đổng | 00565 Xã Gia Lâm,,
                00553,Xã Cổ Bi,thôn Dương Đình,1,00136 Phường Phúc Lợi | 00541 Xã Phù Đổng | 00565 Xã Gia Lâm,,
                """);
        assertThat(SplitRulesReader.read(file, COMMUNES).rules()).as("nothing decided yet").isEmpty();

        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(1, lines.get(1).replaceFirst(",,$", ",00004,QĐ 5/QĐ-UBND"));
        lines.set(4, lines.get(4).replaceFirst(",,$", ",00565,"));
        Files.write(file, lines, StandardCharsets.UTF_8);
        SplitRules rules = SplitRulesReader.read(file, COMMUNES);

        List<String[]> open = new ArrayList<>();
        List<String> resolved = new ArrayList<>();
        for (String[] row : ROWS) {
            SplitResolution resolution = rules.resolve(row[0], row[1] + ", Quận Tây Hồ, Thành phố Hà Nội");
            if (resolution.outcome() == SplitResolution.Outcome.RESOLVED) {
                resolved.add(row[1] + " → " + resolution.target() + " (" + resolution.basis() + ")");
            } else {
                open.add(row);
            }
        }
        assertThat(resolved).containsExactly(
                "Số 3, Tổ dân phố 7 → 00004 (worklist.csv line 2)",
                "số 15 tổ dân phố 07 → 00004 (worklist.csv line 2)",
                "Số 9, TỔ DÂN PHỐ 7 → 00004 (worklist.csv line 2)",
                "Thôn Cổ Bi → 00565 (worklist.csv line 5)",
                "Xóm Chợ, thôn Cổ Bi → 00565 (worklist.csv line 5)");
        assertThat(worklist(open).entries()).extracting(e -> e.oldCommune().code() + " " + e.text() + " " + e.rows())
                .containsExactly("00112 Đường Thụy Khuê 2", "00112  1", "00553 thôn Dương Đình 1");
    }

    @Test
    void theEntriesDoNotDependOnTheOrderOrThePartitionsRowsCameIn() {
        List<String[]> reversed = new ArrayList<>(ROWS);
        Collections.reverse(reversed);
        Worklist merged = worklist(reversed.subList(0, 4));
        merged.add(worklist(reversed.subList(4, reversed.size())));
        assertThat(merged.entries()).isEqualTo(worklist(ROWS).entries());
    }
}
