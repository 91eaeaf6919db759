package vn.dvhc.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dvhc.catalog.ConversionTable;
import vn.dvhc.domain.Conversion;
import vn.dvhc.domain.PopulationTarget;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.domain.VietnameseText;
import vn.dvhc.domain.split.CommuneLookup;
import vn.dvhc.domain.split.HamletText;
import vn.dvhc.domain.split.RuleUsage;
import vn.dvhc.domain.split.SplitResolution;
import vn.dvhc.domain.split.SplitRules;
import vn.dvhc.domain.split.Worklist;
import vn.dvhc.testing.BuiltInChain;

/**
 * {@code sample-data/splits/} through the pieces of issue 15 in the order a remap with
 * {@code --on-split population --split-rules rules.csv --split-worklist} uses them: the law, then the rules,
 * then the worklist.
 */
class SampleSplitsTest {

    private static final ConversionTable TABLE = BuiltInChain.table();
    private static final CommuneLookup COMMUNES = BuiltInChain.communes();

    @Test
    void theLawThenTheRulesThenTheWorklist() {
        Path samples = samples();
        SplitRules rules = SplitRulesReader.read(samples.resolve("rules.csv"), COMMUNES);
        RuleUsage usage = new RuleUsage(rules);
        Worklist worklist = new Worklist();
        List<String> outcomes = new ArrayList<>();
        CsvTable residents = CsvTable.read(samples.resolve("dan-cu-ha-noi.csv"));
        Header header = residents.header(0);
        for (CsvTable.Row row : residents.records().subList(1, residents.records().size())) {
            String code = row.get(header.require("ma_xa"));
            String address = row.get(header.require("dia_chi"));
            PopulationTarget law = TABLE.population(new UnitKey(UnitLevel.COMMUNE, code));
            if (law != null) {
                outcomes.add(code + " → " + law.candidate().unit().code() + " (" + law.basis() + ")");
                continue;
            }
            SplitResolution rule = rules.resolve(code, address);
            usage.record(rule);
            if (rule.outcome() == SplitResolution.Outcome.RESOLVED) {
                outcomes.add(code + " → " + rule.target() + " (" + rule.basis() + ")");
            } else {
                Conversion conversion = COMMUNES.find(code);
                worklist.add(conversion, HamletText.of(beforeUnits(address, conversion)));
                outcomes.add(code + " SPLIT");
            }
        }
        assertThat(outcomes).containsExactly(
                "00112 → 00103 (NSO: toàn bộ dân số)",
                "00112 → 00103 (NSO: toàn bộ dân số)",
                "00136 → 00136 (NQ 1656/NQ-UBTVQH15 Điều 1 khoản 41, khoản 42)",
                "00553 → 00565 (rules.csv line 2)",
                "00553 → 00565 (rules.csv line 2)",
                "00553 → 00565 (rules.csv line 3)",
                "00553 SPLIT",
                "00553 → 00136 (rules.csv line 4)",
                "00658 → 00640 (rules.csv line 6)",
                "00658 → 00340 (rules.csv line 7)",
                "00613 SPLIT",
                "00613 SPLIT");
        assertThat(usage.unused()).extracting(r -> r.basis() + " " + r.match()).containsExactly("rules.csv line 5 Thôn 9");
        assertThat(worklist.entries()).extracting(e -> e.oldCommune().code() + " " + e.text())
                .containsExactly("00553 Thôn 11", "00613 Khu đô thị Thành phố Giao Lưu", "00613 Tổ dân phố Văn Trì 2");
    }

    /** The address up to its old commune's name, which the address matching of spec §5a finds in a remap. */
    private static String beforeUnits(String address, Conversion conversion) {
        int at = VietnameseText.fold(address).indexOf(VietnameseText.fold(conversion.old().fullName()));
        return at < 0 ? address : address.substring(0, at);
    }

    private static Path samples() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("sample-data"))) {
            dir = dir.getParent();
        }
        return dir.resolve("sample-data/splits");
    }
}
