package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.dvhc.common.Json;
import vn.dvhc.testing.TestDatabases;

/**
 * {@code dvhc reference lookup "<address>"} through the real command line, on H2 and PostgreSQL: the address read
 * as the remap reads it, every candidate and its conversion, the new address; addresses from stdin for scripts.
 */
class ReferenceLookupAddressIT {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anAddressIsReadAndConvertedWithItsNewAddress(TestDatabases.Kind kind) {
        CliHarness.Result result = CliHarness.target(kind, temp.resolve("home"))
                .run("reference", "lookup", "12 Hàm Nghi, P. Bến Nghé, Q.1, TP.HCM");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("""
                address: 12 Hàm Nghi, P. Bến Nghé, Q.1, TP.HCM
                  read as MATCHED: one old commune
                  before the units: 12 Hàm Nghi
                26740 in pre-2025: Phường Bến Nghé (Quận 1, Thành phố Hồ Chí Minh)
                  → Phường Sài Gòn (26740), Thành phố Hồ Chí Minh (79) in 2026-04-30
                    official note: Nhập toàn bộ
                new address: 12 Hàm Nghi, Phường Sài Gòn, Thành phố Hồ Chí Minh
                """);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void addressesFromStdinGiveOneJsonObjectEachWithEveryCandidate(TestDatabases.Kind kind) {
        CliHarness.Target target = CliHarness.target(kind, temp.resolve("home"));
        CliHarness.Result result = target.runWithInput("Phường Quang Trung, Hà Nội\n\n12 Nguyễn Thái Bình, Quận 1, "
                + "TP.HCM\nP3 Q10 HCM\n", "reference", "lookup", "-", "--format", "json");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<JsonNode> answers = result.out().lines().map(line -> Json.read(line, JsonNode.class)).toList();
        assertThat(answers).extracting(a -> a.get("status").asText())
                .containsExactly("AMBIGUOUS", "UNRECOGNISED", "MATCHED");
        assertThat(answers.get(0).at("/conversions/entries")).extracting(e -> e.at("/unit/code").asText())
                .containsExactly("00214", "09538");
        assertThat(answers.get(0).get("newAddress").isNull()).isTrue();
        assertThat(answers.get(1).get("prefix").asText()).isEqualTo("12 Nguyễn Thái Bình");
        assertThat(answers.get(1).at("/district/code").asText()).isEqualTo("760");
        assertThat(answers.get(2).at("/conversions/entries/0/unit/code").asText()).isEqualTo("27190");
    }
}
