package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvhc.jooq.Tables.REF_POPULATION;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.common.CsvTable;
import vn.dvhc.common.Header;
import vn.dvhc.domain.MappingRow;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.infra.Database;
import vn.dvhc.testing.TestDatabases;

/**
 * The reference catalog through the real command line, on a real H2 and a real PostgreSQL: the same tests,
 * parameterised. Every refused or failed import is checked to leave the catalog as it was.
 */
class ReferenceCatalogIT {

    @TempDir
    Path temp;

    private CliHarness.Target target(TestDatabases.Kind kind) {
        return CliHarness.target(kind, temp.resolve("home"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theBuiltInReleasesAreThereOnFirstUse(TestDatabases.Kind kind) {
        CliHarness.Result list = target(kind).run("reference", "list");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out()).contains(
                "  pre-2025    (root)      -            built-in bundle         63        696    10,035",
                "  2025-07-01  2025-07-01  pre-2025     built-in bundle         34          0     3,321",
                "* 2026-04-30  2026-04-30  2025-07-01   built-in bundle         34          0     3,321");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void lookupSaysWhereBenNgheWent(TestDatabases.Kind kind) {
        CliHarness.Result result = target(kind).run("reference", "lookup", "26740", "--from", "pre-2025");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("""
                26740 in pre-2025: Phường Bến Nghé (Quận 1, Thành phố Hồ Chí Minh)
                  → Phường Sài Gòn (26740), Thành phố Hồ Chí Minh (79) in 2026-04-30
                    official note: Nhập toàn bộ
                """);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void namesAreMatchedWithoutAccentsOrCase(TestDatabases.Kind kind) {
        CliHarness.Target target = target(kind);
        for (String query : List.of("ben nghe", "Bến Nghé", "BEN NGHE")) {
            CliHarness.Result result = target.run("reference", "lookup", query);
            assertThat(result.out()).as(query).startsWith("26740 in pre-2025: Phường Bến Nghé (Quận 1, Thành phố Hồ Chí Minh)");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aSplitCommuneListsEveryCandidateWithItsNote(TestDatabases.Kind kind) {
        CliHarness.Result result = target(kind).run("reference", "lookup", "00553", "--as-of", "2025-12-31");
        assertThat(result.out()).contains(
                "→ SPLIT into 3 units of 2025-07-01",
                "* Phường Phúc Lợi (00136), Thành phố Hà Nội (01) — Nhập một phần [default: vietnamadminunits heuristic]",
                "  Xã Phù Đổng (00541), Thành phố Hà Nội (01) — Nhập một phần",
                "  Xã Gia Lâm (00565), Thành phố Hà Nội (01) — Nhập một phần");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void typesAreAsOfTheDate(TestDatabases.Kind kind) {
        CliHarness.Target target = target(kind);
        // Xã Long Thành became a phường on 2026-04-30 (NQ 237/NQ-UBTVQH16), its code unchanged.
        assertThat(target.run("reference", "lookup", "26368", "--from", "2025-07-01", "--as-of", "2026-04-29").out())
                .contains("→ Xã Long Thành (26368)");
        assertThat(target.run("reference", "lookup", "26368", "--from", "2025-07-01", "--as-of", "2026-04-30").out())
                .contains("→ Phường Long Thành (26368)");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aKnownMisprintIsReadThroughWithANote(TestDatabases.Kind kind) {
        CliHarness.Result result = target(kind).run("reference", "lookup", "06978", "--from", "2025-07-01",
                "--format", "json");
        assertThat(result.out()).contains("\"aliasCode\" : \"06978\"", "\"code\" : \"06970\"", "\"name\" : \"Ba Chẽ\"");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void reimportingIdenticalFilesChangesNothing(TestDatabases.Kind kind) {
        CliHarness.Target target = target(kind);
        String before = catalog(target);
        CliHarness.Result result = target.run("reference", "import", CliHarness.builtInBundle().toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("pre-2025: unchanged", "2025-07-01: unchanged", "2026-04-30: unchanged");
        assertThat(catalog(target)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void differentFilesUnderAnExistingIdAreRefusedUnlessReplace(TestDatabases.Kind kind) throws IOException {
        CliHarness.Target target = target(kind);
        Path bundle = copyBundle(lines -> replaceLine(lines, "26368,", "Long Thành", "Long Thành Mới"),
                "new-communes-2026.csv");
        String before = catalog(target);
        CliHarness.Result refused = target.run("reference", "import", bundle.toString(), "--release", "2026-04-30");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(6);
        assertThat(refused.err()).contains("dvhc: error: release '2026-04-30' already exists (built in from ",
                "hint: pass --replace to replace it");
        assertThat(catalog(target)).isEqualTo(before);

        CliHarness.Result replaced = target.run("reference", "import", bundle.toString(), "--release", "2026-04-30",
                "--replace");
        assertThat(replaced.exitCode()).as(replaced.toString()).isZero();
        assertThat(replaced.out()).startsWith("2026-04-30: replaced");
        assertThat(target.run("reference", "lookup", "26368", "--from", "2025-07-01").out())
                .contains("Phường Long Thành Mới (26368)");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theRawNsoTableEqualsTheBuiltInMappingExceptTheDocumentedCorrections(TestDatabases.Kind kind) {
        CliHarness.Target target = target(kind);
        String nso = CliHarness.official("nso-conversion-2025-07.csv").toString();

        CliHarness.Result strict = target.run("reference", "import", nso, "--release", "nso-2025-07");
        assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(4);
        // Lines 912 and 1260 print the codes of other communes: 01651 and 02482 are left without a row.
        assertThat(strict.err()).contains("nothing imported: 2 problems",
                "old commune 01651 (Xã Mỹ Hưng, province 04) maps nowhere",
                "old commune 02482 (Xã Phú Thịnh, province 08) maps nowhere", "hint: ");

        CliHarness.Result result = target.run("reference", "import", nso, "--release", "nso-2025-07", "--allow-unmapped");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("nso-2025-07: imported — 34 provinces, 0 districts, 3,321 communes; "
                + "10,633 mapping rows (441 split old units) from pre-2025");
        // Three wrong "Tỉnh cũ" cells of the table (lines 6212, 9532, 10652) are caught against pre-2025.
        assertThat(result.err()).contains("line 9,532 column 8: old province 'Tỉnh Tiền Giang (82)' but commune");

        Set<String> nsoPairs;
        Set<String> builtInPairs;
        Set<String> nsoProvinces;
        Set<String> builtInProvinces;
        try (Database db = Database.open(target.settings(), 2)) {
            CatalogRepository repository = new CatalogRepository(db.dsl());
            nsoPairs = pairs(repository.content("nso-2025-07").mapping(), false);
            builtInPairs = pairs(repository.content("2025-07-01").mapping(), false);
            nsoProvinces = pairs(repository.content("nso-2025-07").mapping(), true);
            builtInProvinces = pairs(repository.content("2025-07-01").mapping(), true);
        }
        Set<String> onlyNso = new HashSet<>(nsoPairs);
        onlyNso.removeAll(builtInPairs);
        Set<String> onlyBuiltIn = new HashSet<>(builtInPairs);
        onlyBuiltIn.removeAll(nsoPairs);

        Set<String> expectedOnlyNso = new HashSet<>();
        Set<String> expectedOnlyBuiltIn = new HashSet<>();
        CsvTable corrections = CsvTable.read(CliHarness.official("mapping-corrections.csv"));
        Header header = corrections.header(0);
        for (CsvTable.Row row : corrections.records().subList(1, corrections.records().size())) {
            if (!row.get(header.require("applies_to")).equals("official")) {
                continue;
            }
            String newCode = row.get(header.require("new_commune_code"));
            expectedOnlyBuiltIn.add(row.get(header.require("old_commune_code")) + ">" + newCode);
            if (row.get(header.require("action")).equals("old-code-corrected")) {
                expectedOnlyNso.add(row.get(header.require("official_old_code")) + ">" + newCode);
            }
        }
        assertThat(expectedOnlyBuiltIn).hasSize(4);
        assertThat(onlyNso).isEqualTo(expectedOnlyNso);
        assertThat(onlyBuiltIn).isEqualTo(expectedOnlyBuiltIn);
        assertThat(nsoProvinces).isEqualTo(builtInProvinces);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theGsoExportsImportAsAReleaseEqualToPre2025(TestDatabases.Kind kind) throws IOException {
        CliHarness.Target target = target(kind);
        Path exports = Files.createDirectories(temp.resolve("gso"));
        for (String name : List.of("gso-old-communes-2025-07-18.csv", "gso-old-districts-2025-07-18.csv")) {
            Files.copy(CliHarness.official(name), exports.resolve(name));
        }
        CliHarness.Result result = target.run("reference", "import", exports.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("gso-2025-07-18: imported — 63 provinces, 696 districts, 10,035 communes");
        try (Database db = Database.open(target.settings(), 2)) {
            CatalogRepository repository = new CatalogRepository(db.dsl());
            assertThat(new HashSet<>(repository.content("gso-2025-07-18").units()))
                    .isEqualTo(new HashSet<>(repository.content("pre-2025").units()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aTruncatedFileIsAnInputError(TestDatabases.Kind kind) throws IOException {
        Path bundle = copyBundle(lines -> {
            String last = lines.remove(lines.size() - 1);
            lines.add(last.substring(0, 12));
        }, "commune-mapping-2025-2026.csv");
        expectRefused(kind, bundle, 3, "commune-mapping-2025-2026.csv line 3,322: 3 fields where the header has 8",
                "was the file cut short?");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aWrongHeaderIsAnInputError(TestDatabases.Kind kind) throws IOException {
        Path bundle = copyBundle(lines -> lines.set(0, lines.get(0).replace("province_code", "tinh")),
                "new-communes-2026.csv");
        expectRefused(kind, bundle, 3, "new-communes-2026.csv line 1: no column province_code in the header "
                + "[code, name, type, tinh, full_name]");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void invalidUtf8IsAnInputErrorWithItsLine(TestDatabases.Kind kind) throws IOException {
        Path bundle = copyBundle(lines -> { }, "new-communes-2026.csv");
        Path file = bundle.resolve("new-communes-2026.csv");
        byte[] bytes = Files.readAllBytes(file);
        int offset = nthLineStart(bytes, 99) + 6;
        bytes[offset] = (byte) 0xFF;
        Files.write(file, bytes);
        expectRefused(kind, bundle, 3, "new-communes-2026.csv line 100 column 7: invalid UTF-8 byte 0xFF",
                "hint: re-encode the file as UTF-8");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void duplicatedCodesAreReferenceErrors(TestDatabases.Kind kind) throws IOException {
        Path bundle = copyBundle(lines -> lines.add(lines.get(5)), "new-communes-2026.csv");
        expectRefused(kind, bundle, 4, "nothing imported: 1 problem",
                "new-communes-2026.csv line 3,323: duplicate commune 00082 (Phường Cửa Nam); first at ");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aMappingToAMissingUnitIsAReferenceError(TestDatabases.Kind kind) throws IOException {
        Path bundle = copyBundle(lines -> lines.set(3, lines.get(3).replaceFirst("^(\\d{5}),\\d{5},", "$1,99999,")),
                "commune-mapping-2025-2026.csv");
        expectRefused(kind, bundle, 4,
                "commune-mapping-2025-2026.csv line 4: mapping to commune 99999, which the release does not have");
    }

    /**
     * An operator's bundle of release 2025-07-01 whose split-population.csv differs from the built-in one (a row
     * dropped, a row added with a province's decision, a basis reworded): --replace stores exactly its rows.
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aReplacedBundleStoresItsOwnSplitPopulationFile(TestDatabases.Kind kind) throws IOException {
        CliHarness.Target target = target(kind);
        Path bundle = Files.createDirectories(temp.resolve("bundle-2025"));
        for (String name : List.of("new-provinces.csv", "new-communes.csv", "province-mapping.csv",
                "commune-mapping.csv", "split-population.csv")) {
            Files.copy(CliHarness.builtInBundle().resolve(name), bundle.resolve(name));
        }
        Path population = bundle.resolve("split-population.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(population));
        int builtIn = lines.size() - 1;
        assertThat(lines.removeIf(line -> line.startsWith("00118,"))).isTrue();
        replaceLine(lines, "00112,", ",NSO: toàn bộ dân số,", ",NSO: toàn bộ dân số (đã đối chiếu),");
        lines.add("00553,Xã Cổ Bi,00565,Xã Gia Lâm,QĐ 123/QĐ-UBND,,,");
        Files.write(population, lines);

        CliHarness.Result refused = target.run("reference", "import", bundle.toString(), "--release", "2025-07-01");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(6);
        CliHarness.Result replaced = target.run("reference", "import", bundle.toString(), "--release", "2025-07-01",
                "--replace");
        assertThat(replaced.exitCode()).as(replaced.toString()).isZero();
        assertThat(replaced.out()).startsWith("2025-07-01: replaced");

        try (Database db = Database.open(target.settings(), 2)) {
            var rows = db.dsl().selectFrom(REF_POPULATION).where(REF_POPULATION.RELEASE_ID.eq("2025-07-01"))
                    .orderBy(REF_POPULATION.OLD_CODE).fetch();
            assertThat(rows).hasSize(builtIn);
            assertThat(rows).extracting(r -> r.getOldCode()).doesNotContain("00118").contains("00553");
            assertThat(rows).filteredOn(r -> r.getOldCode().equals("00553")).singleElement().satisfies(r -> {
                assertThat(r.getNewCode()).isEqualTo("00565");
                assertThat(r.getBasis()).isEqualTo("QĐ 123/QĐ-UBND");
                assertThat(r.getNsoNote()).isEmpty();
            });
            assertThat(rows).filteredOn(r -> r.getOldCode().equals("00112")).singleElement()
                    .satisfies(r -> assertThat(r.getBasis()).isEqualTo("NSO: toàn bộ dân số (đã đối chiếu)"));
            assertThat(new CatalogRepository(db.dsl()).release("2025-07-01").orElseThrow().sources())
                    .filteredOn(source -> source.name().equals("split-population.csv")).singleElement()
                    .satisfies(source -> assertThat(source.sha256()).isEqualTo(vn.dvhc.common.Sha256.of(population)));
        }
        assertThat(target.run("reference", "verify").exitCode()).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void verifyPassesOnTheBuiltInCatalog(TestDatabases.Kind kind) {
        CliHarness.Result result = target(kind).run("reference", "verify");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).endsWith("catalog consistent: 9 checks passed\n");
    }

    private void expectRefused(TestDatabases.Kind kind, Path bundle, int exitCode, String... messages) {
        CliHarness.Target target = target(kind);
        String before = catalog(target);
        CliHarness.Result result = target.run("reference", "import", bundle.toString(), "--release", "2026-04-30");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(exitCode);
        assertThat(result.err()).startsWith("dvhc: error: ").contains(messages);
        assertThat(result.out()).isEmpty();
        assertThat(catalog(target)).isEqualTo(before);
        assertThat(target.run("reference", "verify").exitCode()).isZero();
    }

    /** The catalog as `reference list --format json` and a detail of the 2026 release show it. */
    private static String catalog(CliHarness.Target target) {
        return target.run("reference", "list", "--format", "json").out()
                + target.run("reference", "show", "2026-04-30", "--format", "json").out()
                        .replaceAll("\"importedAt\" : \"[^\"]*\"", "");
    }

    private Path copyBundle(Consumer<List<String>> edit, String file) throws IOException {
        Path bundle = Files.createDirectories(temp.resolve("bundle"));
        for (String name : List.of("new-provinces-2026.csv", "new-communes-2026.csv", "commune-mapping-2025-2026.csv",
                "aliases.csv")) {
            Files.copy(CliHarness.builtInBundle().resolve(name), bundle.resolve(name));
        }
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(bundle.resolve(file)));
        edit.accept(lines);
        Files.write(bundle.resolve(file), lines);
        return bundle;
    }

    private static void replaceLine(List<String> lines, String prefix, String from, String to) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                lines.set(i, lines.get(i).replace(from, to));
            }
        }
    }

    private static int nthLineStart(byte[] bytes, int lineBreaks) {
        int seen = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && ++seen == lineBreaks) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("too few lines");
    }

    private static Set<String> pairs(List<MappingRow> mapping, boolean provinces) {
        return mapping.stream().filter(m -> (m.oldLevel() == UnitLevel.PROVINCE) == provinces)
                .map(m -> m.oldCode() + ">" + m.newCode()).collect(Collectors.toSet());
    }

}
