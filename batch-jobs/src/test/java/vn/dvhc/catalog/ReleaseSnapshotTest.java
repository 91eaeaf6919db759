package vn.dvhc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.dvhc.domain.CodeAlias;
import vn.dvhc.domain.MappingRow;
import vn.dvhc.domain.PopulationOutcome;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.ReleaseContent;
import vn.dvhc.domain.SourceFile;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;

class ReleaseSnapshotTest {

    private static final ReleaseContent CONTENT = new ReleaseContent(
            List.of(new Unit(UnitLevel.PROVINCE, "79", "Hồ Chí Minh", "Thành phố", null, "79"),
                    new Unit(UnitLevel.COMMUNE, "26734", "Sài Gòn", "Phường", null, "79"),
                    new Unit(UnitLevel.COMMUNE, "26740", "Bến Thành", "Phường", null, "79")),
            List.of(new MappingRow(UnitLevel.COMMUNE, "26740", "26734", true, true, "Nhập một phần", "NSO: diện tích lớn nhất"),
                    new MappingRow(UnitLevel.COMMUNE, "26740", "26740", true, false, "Nhập một phần", ""),
                    new MappingRow(UnitLevel.PROVINCE, "79", "79", false, false, "", "")),
            List.of(new CodeAlias(UnitLevel.COMMUNE, "06978", "06970", "QĐ 19/2025/QĐ-TTg \"Ba Chẽ\"; dòng 2\nmới")),
            List.of(new PopulationOutcome("26740", "26734", "NQ 1685/NQ-UBTVQH15 Điều 1 khoản 1", "", "Điều 1 khoản 1",
                    "x".repeat(70_000))));

    @Test
    void aSnapshotGivesBackTheSameContentNullsAndLongTextsIncluded() {
        ReleaseContent read = ReleaseSnapshot.decode(ReleaseSnapshot.encode(CONTENT));
        assertThat(read).isEqualTo(CONTENT);
        assertThat(read.units().get(1).parentCode()).isNull();
    }

    @Test
    void bytesThatAreNotASnapshotAreRefusedWithoutAllocatingWhatTheyClaim() {
        byte[] bytes = ReleaseSnapshot.encode(CONTENT);
        assertThatThrownBy(() -> ReleaseSnapshot.decode(Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> ReleaseSnapshot.decode(longer)).hasMessageContaining("after the end");
        byte[] otherLayout = bytes.clone();
        otherLayout[3] = 9;
        assertThatThrownBy(() -> ReleaseSnapshot.decode(otherLayout)).hasMessageContaining("layout 9");
        byte[] hugeCount = bytes.clone();
        hugeCount[4] = 0x7f;
        assertThatThrownBy(() -> ReleaseSnapshot.decode(hugeCount)).hasMessageContaining("bytes left");
        Random random = new Random(17);
        for (int i = 0; i < 2_000; i++) {
            byte[] noise = bytes.clone();
            noise[4 + random.nextInt(noise.length - 4)] ^= (byte) (1 + random.nextInt(255));
            try {
                assertThat(ReleaseSnapshot.decode(noise)).isNotNull();
            } catch (IllegalArgumentException expected) {
                // A damaged snapshot is either still readable or refused: never another exception.
            }
        }
    }

    @Test
    void theChecksumChangesWithEverythingAnImportChanges() {
        Release release = new Release("2025-07-01", "Sau sắp xếp", "pre-2025", LocalDate.of(2025, 7, 1), "bundle",
                true, Instant.parse("2026-12-06T10:00:00Z"), List.of(new SourceFile("units.csv", "ab".repeat(32), 100)));
        String checksum = ReleaseSnapshot.checksum(release);
        assertThat(checksum).hasSize(64).isEqualTo(ReleaseSnapshot.checksum(release));
        assertThat(List.of(
                new Release(release.id(), release.title(), release.predecessorId(), release.effectiveDate(), release.format(),
                        true, Instant.parse("2026-12-06T10:00:00.000001Z"), release.sources()),
                new Release(release.id(), release.title(), release.predecessorId(), release.effectiveDate(), release.format(),
                        true, release.importedAt(), List.of(new SourceFile("units.csv", "cd".repeat(32), 100))),
                new Release(release.id(), release.title(), release.predecessorId(), release.effectiveDate(), release.format(),
                        true, release.importedAt(), List.of(release.sources().get(0),
                        new SourceFile("split-population.csv", "ef".repeat(32), 10)))))
                .extracting(ReleaseSnapshot::checksum).doesNotContain(checksum).doesNotHaveDuplicates();
    }
}
