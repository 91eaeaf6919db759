package vn.dvhc.catalog.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.domain.MappingRow;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.testing.Resources;

class BundleReaderTest {

    @Test
    void theBuiltInBundleHoldsTheThreeReleasesInChainOrder() {
        List<ReleaseDraft> drafts = new BundleReader(SourceFiles.folder(Resources.builtInBundle())).read();
        assertThat(drafts).extracting(ReleaseDraft::id).containsExactly("pre-2025", "2025-07-01", "2026-04-30");
        assertThat(drafts).allSatisfy(d -> assertThat(d.problems().errors()).isEmpty());
        ReleaseDraft r2025 = drafts.get(1);
        assertThat(r2025.content().count(UnitLevel.COMMUNE)).isEqualTo(3321);
        // 10,571 commune pairs (10,565 communes + 5 island districts + the NSO omission) and 63 province pairs.
        assertThat(r2025.mapping()).hasSize(10_571 + 63);
        assertThat(r2025.mapping().stream().map(Sourced::value).filter(MappingRow::split).map(MappingRow::oldKey)
                .distinct()).hasSize(441);
        assertThat(r2025.aliases()).hasSize(1);
        assertThat(r2025.population()).hasSize(60);
        assertThat(r2025.sources()).extracting(s -> s.name()).contains("split-population.csv");
        // The historical names (Quận 9, merged into Thành phố Thủ Đức in 2021) travel with pre-2025.
        assertThat(drafts.get(0).history()).hasSize(1_781).extracting(Sourced::value)
                .anyMatch(h -> h.fullName().equals("Quận 9") && h.successors().equals(List.of("769")));
        assertThat(drafts.get(0).sources()).extracting(s -> s.name()).contains(BundleReader.UNIT_HISTORY);
        assertThat(drafts.get(2).sources()).extracting(s -> s.name())
                .contains("new-provinces-2026.csv", "new-communes-2026.csv", "commune-mapping-2025-2026.csv", "aliases.csv");
    }

    @Test
    void aReleaseWithAMissingFileIsRefusedByName(@TempDir Path dir) throws IOException {
        for (String name : List.of("old-provinces.csv", "old-districts.csv")) {
            Files.copy(Resources.builtInBundle().resolve(name), dir.resolve(name));
        }
        assertThatThrownBy(() -> new BundleReader(SourceFiles.folder(dir)).read())
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INPUT_NOT_FOUND);
                    assertThat(e.getMessage()).startsWith("incomplete bundle: old-communes.csv missing");
                });
    }

    @Test
    void aFolderWithoutBundleFilesIsNoBundle(@TempDir Path dir) {
        assertThatThrownBy(() -> new BundleReader(SourceFiles.folder(dir)).read())
                .isInstanceOfSatisfying(DvhcException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INPUT_FORMAT_UNKNOWN));
    }

    @Test
    void aBadBooleanIsAProblemOfItsLine(@TempDir Path dir) throws IOException {
        for (String name : List.of("old-provinces.csv", "old-districts.csv", "old-communes.csv", "new-provinces.csv",
                "new-communes.csv", "province-mapping.csv")) {
            Files.copy(Resources.builtInBundle().resolve(name), dir.resolve(name));
        }
        List<String> lines = Files.readAllLines(Resources.builtInBundle().resolve("commune-mapping.csv"));
        lines.set(2, lines.get(2).replace(",false,true,false,", ",false,yes,false,"));
        Files.write(dir.resolve("commune-mapping.csv"), lines);
        ReleaseDraft draft = new BundleReader(SourceFiles.folder(dir)).read().get(1);
        assertThat(draft.problems().errors()).singleElement().hasToString(
                dir.resolve("commune-mapping.csv") + " line 3 column 7: 'yes' is not true or false");
    }

    @Test
    void populationOutcomesBelongToTheReleaseOf2025AndNeedABasis(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("split-population.csv"), "old_commune_code,new_commune_code,basis\n00112,00103,\n");
        Files.copy(Resources.builtInBundle().resolve("old-communes.csv"), dir.resolve("old-communes.csv"));
        for (String name : List.of("old-provinces.csv", "old-districts.csv")) {
            Files.copy(Resources.builtInBundle().resolve(name), dir.resolve(name));
        }
        assertThatThrownBy(() -> new BundleReader(SourceFiles.folder(dir)).read())
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INPUT_NOT_FOUND);
                    assertThat(e.describe()).isEqualTo(dir.resolve("split-population.csv")
                            + ": split-population.csv belongs to release 2025-07-01, whose files are not in the folder");
                });

        for (String name : List.of("new-provinces.csv", "new-communes.csv", "province-mapping.csv", "commune-mapping.csv")) {
            Files.copy(Resources.builtInBundle().resolve(name), dir.resolve(name));
        }
        ReleaseDraft draft = new BundleReader(SourceFiles.folder(dir)).read().get(1);
        assertThat(draft.population()).singleElement().satisfies(p -> assertThat(p.value().oldCommuneCode()).isEqualTo("00112"));
        assertThat(draft.problems().errors()).singleElement().hasToString(
                dir.resolve("split-population.csv") + " line 2 column 3: no basis: say which source decides it");
    }

    @Test
    void anUnknownChangeInTheHistoryIsAnInputErrorWithItsPlace(@TempDir Path dir) throws IOException {
        for (String name : List.of("old-provinces.csv", "old-districts.csv", "old-communes.csv")) {
            Files.copy(Resources.builtInBundle().resolve(name), dir.resolve(name));
        }
        Files.writeString(dir.resolve(BundleReader.UNIT_HISTORY), "level,code,type,name,district_code,province_code,"
                + "last_listed,change,successors,basis,source\n"
                + "district,763,Quận,9,,79,2020-11-01,abolished,769,b,s\n");
        assertThatThrownBy(() -> new BundleReader(SourceFiles.folder(dir)).read())
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INPUT_MALFORMED);
                    assertThat(e.getMessage()).isEqualTo("unknown change 'abolished'; expected renamed, merged or moved");
                    assertThat(e.location().line()).isEqualTo(2);
                });
    }
}
