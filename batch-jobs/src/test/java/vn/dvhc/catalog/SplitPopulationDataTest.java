package vn.dvhc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.dvhc.common.CsvTable;
import vn.dvhc.common.Header;
import vn.dvhc.domain.VietnameseText;
import vn.dvhc.testing.Resources;

/**
 * The built-in {@code split-population.csv} checked against the files it came from: the built-in mapping, the
 * NSO conversion table as published, and the clauses of the UBTVQH resolutions (test resources
 * {@code resolutions/}). Every row is derived again from the clause texts; nothing is taken on trust.
 */
class SplitPopulationDataTest {

    private static final String NSO_BASIS = "NSO: toàn bộ dân số";
    private static final String NSO_NOTE = "toàn bộ dân số";
    // The phrases that open an item of a clause of Article 1 (NQ 1654–1687/NQ-UBTVQH15), longest first.
    private static final String ALL_PEOPLE = "một phần diện tích tự nhiên, toàn bộ quy mô dân số của";
    private static final String LAND_ONLY = "một phần diện tích tự nhiên của";
    private static final String REMAINDER = "phần còn lại của";
    private static final Pattern CITATION = Pattern.compile("NQ (\\d{4})/NQ-UBTVQH15 Điều 1 (khoản \\d+(, khoản \\d+)*)");
    private static final Pattern QUOTE = Pattern.compile("khoản (\\d+): (.+)");

    private static List<Map<String, String>> rows;
    private static final Map<String, List<String>> CANDIDATES = new HashMap<>();
    private static final Map<String, String> OLD_NAMES = new HashMap<>();
    private static final Map<String, String> OLD_SHORT_NAMES = new HashMap<>();
    private static final Map<String, String> NEW_NAMES = new HashMap<>();
    private static final Map<String, String> SPLIT = new HashMap<>();
    private static final Map<String, String> CLAUSES = new HashMap<>();

    @BeforeAll
    static void read() {
        rows = records(CsvTable.read(Resources.builtInBundle().resolve("split-population.csv")));
        for (Map<String, String> pair : records(CsvTable.read(Resources.builtInBundle().resolve("commune-mapping.csv")))) {
            CANDIDATES.computeIfAbsent(pair.get("old_commune_code"), k -> new ArrayList<>()).add(pair.get("new_commune_code"));
            SPLIT.put(pair.get("old_commune_code"), pair.get("split"));
        }
        records(CsvTable.read(Resources.builtInBundle().resolve("old-communes.csv")))
                .forEach(u -> {
                    OLD_NAMES.put(u.get("code"), u.get("full_name"));
                    OLD_SHORT_NAMES.put(u.get("code"), u.get("name"));
                });
        records(CsvTable.read(Resources.builtInBundle().resolve("new-communes.csv")))
                .forEach(u -> NEW_NAMES.put(u.get("code"), u.get("full_name")));
        records(CsvTable.read(Resources.path("resolutions/ubtvqh15-clauses.csv")))
                .forEach(c -> CLAUSES.put(c.get("resolution") + " " + c.get("article") + " " + c.get("clause"), c.get("text")));
    }

    @Test
    void sixtyOldCommunesOneRowEachFiftyEightOnTheNsoNoteTwoOnTheResolutionsAlone() {
        assertThat(rows).hasSize(60);
        assertThat(rows.stream().map(r -> r.get("old_commune_code")).distinct()).hasSize(60);
        assertThat(rows.stream().filter(r -> r.get("basis").equals(NSO_BASIS))).hasSize(58);
        assertThat(rows.stream().filter(r -> !r.get("basis").equals(NSO_BASIS)).map(r -> r.get("old_commune_code")))
                .containsExactly("00136", "23053");
    }

    @Test
    void everyOldCommuneIsSplitInTheBuiltInMappingAndItsTargetIsACandidateNamedAsInTheBundle() {
        for (Map<String, String> row : rows) {
            String old = row.get("old_commune_code");
            assertThat(SPLIT.get(old)).as(old).isEqualTo("true");
            assertThat(CANDIDATES.get(old)).as(old).contains(row.get("new_commune_code"));
            assertThat(row.get("old_commune_name")).as(old).isEqualTo(OLD_NAMES.get(old));
            assertThat(row.get("new_commune_name")).as(old).isEqualTo(NEW_NAMES.get(row.get("new_commune_code")));
        }
    }

    @Test
    void everyNoteIsTheNoteOfThePairInTheOfficialNsoTableAndEveryAllPopulationNoteIsHere() {
        Map<String, String> nso = nsoNotes();
        for (Map<String, String> row : rows) {
            String pair = row.get("old_commune_code") + ">" + row.get("new_commune_code");
            assertThat(nso).as(pair).containsEntry(pair, row.get("nso_note"));
            assertThat(row.get("basis").equals(NSO_BASIS)).as(pair).isEqualTo(row.get("nso_note").contains(NSO_NOTE));
        }
        List<String> allPeople = nso.entrySet().stream().filter(e -> e.getValue().contains(NSO_NOTE))
                .map(Map.Entry::getKey).sorted().toList();
        assertThat(allPeople).hasSize(58).isEqualTo(rows.stream().filter(r -> r.get("basis").equals(NSO_BASIS))
                .map(r -> r.get("old_commune_code") + ">" + r.get("new_commune_code")).sorted().toList());
    }

    @Test
    void everyRowFollowsFromTheClausesOfItsResolution() {
        for (Map<String, String> row : rows) {
            String old = row.get("old_commune_code");
            Matcher citation = CITATION.matcher(row.get("resolution"));
            assertThat(citation.matches()).as(old + ": " + row.get("resolution")).isTrue();
            String resolution = citation.group(1) + "/NQ-UBTVQH15";
            Map<String, String> quotes = quotes(row.get("resolution_text"), resolution, old);
            Map<String, String> communeOfClause = new LinkedHashMap<>();
            for (Map.Entry<String, String> quote : quotes.entrySet()) {
                String clause = CLAUSES.get(resolution + " 1 " + quote.getKey());
                assertThat(clause).as(old + " khoản " + quote.getKey()).isNotNull().contains(quote.getValue());
                assertThat(itemNames(quote.getValue(), OLD_SHORT_NAMES.get(old))).as(old + " khoản " + quote.getKey()).isTrue();
                List<String> named = CANDIDATES.get(old).stream().filter(code -> names(clause, NEW_NAMES.get(code))).toList();
                assertThat(named).as(old + " khoản " + quote.getKey() + " names one candidate").hasSize(1);
                communeOfClause.put(quote.getKey(), named.get(0));
            }
            // Every candidate's clause is quoted: no clause that could give people elsewhere is left out.
            assertThat(new TreeSet<>(communeOfClause.values())).as(old).isEqualTo(new TreeSet<>(CANDIDATES.get(old)));

            List<String> allPeople = clausesWhere(quotes, q -> q.startsWith(ALL_PEOPLE));
            List<String> remainder = clausesWhere(quotes, q -> q.startsWith(REMAINDER));
            List<String> landOnly = clausesWhere(quotes, q -> q.startsWith(LAND_ONLY));
            assertThat(allPeople.size() + remainder.size() + landOnly.size()).as(old + ": only these three kinds of item")
                    .isEqualTo(quotes.size());
            String decisive;
            List<String> cited;
            if (allPeople.isEmpty()) {
                // Only land went elsewhere, so the unit that receives the remainder has every inhabitant.
                assertThat(remainder).as(old + ": one remainder").hasSize(1);
                decisive = remainder.get(0);
                cited = new ArrayList<>(quotes.keySet());
            } else {
                // "toàn bộ quy mô dân số": the remainder, if any, is land only.
                assertThat(allPeople).as(old + ": one clause with the whole population").hasSize(1);
                decisive = allPeople.get(0);
                cited = List.of(decisive);
            }
            assertThat(row.get("new_commune_code")).as(old).isEqualTo(communeOfClause.get(decisive));
            assertThat(citation.group(2)).as(old).isEqualTo(cited.stream().map(c -> "khoản " + c)
                    .collect(Collectors.joining(", ")));
            if (!row.get("basis").equals(NSO_BASIS)) {
                assertThat(row.get("basis")).as(old).isEqualTo(row.get("resolution"));
            }
        }
    }

    /** The quotations of a row, by clause in ascending order; each clause is quoted once. */
    private static Map<String, String> quotes(String text, String resolution, String old) {
        Map<String, String> quotes = new LinkedHashMap<>();
        int previous = 0;
        for (String part : text.split(" \\| ")) {
            Matcher quote = QUOTE.matcher(part);
            assertThat(quote.matches()).as(old + ": " + part).isTrue();
            int clause = Integer.parseInt(quote.group(1));
            assertThat(clause).as(old + " " + resolution + ": clauses in ascending order").isGreaterThan(previous);
            previous = clause;
            quotes.put(quote.group(1), quote.group(2));
        }
        return quotes;
    }

    /** True when the quotation opens with one kind of item, holds no other, and ends with the old commune's name. */
    private static boolean itemNames(String quote, String name) {
        String opening = List.of(ALL_PEOPLE, LAND_ONLY, REMAINDER).stream().filter(quote::startsWith).findFirst().orElse(null);
        if (opening == null) {
            return false;
        }
        String rest = quote.substring(opening.length());
        String key = VietnameseText.toneKey(rest);
        String nameKey = VietnameseText.toneKey(name);
        boolean wholeWord = key.endsWith(nameKey) && (key.length() == nameKey.length()
                || !Character.isLetterOrDigit(key.charAt(key.length() - nameKey.length() - 1)));
        return wholeWord && !rest.contains("phần") && !rest.contains("toàn bộ");
    }

    /** True when the clause ends by naming this new commune ("… có tên gọi là phường Tây Hồ."). */
    private static boolean names(String clause, String newFullName) {
        String key = compact(clause.replaceAll("\\.\\s*$", ""));
        String name = compact(newFullName);
        return key.endsWith(name) && key.substring(0, key.length() - name.length()).endsWith(compact("tên gọi là"));
    }

    private static String compact(String text) {
        return VietnameseText.toneKey(text).replace(" ", "");
    }

    private static List<String> clausesWhere(Map<String, String> quotes, Predicate<String> kind) {
        return quotes.entrySet().stream().filter(e -> kind.test(e.getValue())).map(Map.Entry::getKey).toList();
    }

    /**
     * The note of every (old commune, new commune) pair of the NSO table as published, with the three mistyped old
     * codes read as {@code official/mapping-corrections.csv} corrects them.
     */
    private static Map<String, String> nsoNotes() {
        Map<Long, String> corrected = new HashMap<>();
        for (Map<String, String> fix : records(CsvTable.read(Resources.official("mapping-corrections.csv")))) {
            if (fix.get("action").equals("old-code-corrected")) {
                corrected.put(Long.parseLong(fix.get("official_line")), fix.get("old_commune_code"));
            }
        }
        Map<String, String> notes = new HashMap<>();
        for (CsvTable.Row record : CsvTable.read(Resources.official("nso-conversion-2025-07.csv")).records()) {
            String newCode = VietnameseText.clean(record.get(2));
            String oldCode = corrected.getOrDefault(record.line(), VietnameseText.clean(record.get(4)));
            if (newCode.matches("\\d{5}") && oldCode.matches("\\d{5}")) {
                notes.put(oldCode + ">" + newCode, VietnameseText.clean(record.get(5)));
            }
        }
        return notes;
    }

    private static List<Map<String, String>> records(CsvTable table) {
        Header header = table.header(0);
        List<Map<String, String>> records = new ArrayList<>();
        for (CsvTable.Row row : table.records().subList(1, table.records().size())) {
            Map<String, String> record = new HashMap<>();
            for (String name : header.names()) {
                record.put(name, row.get(header.find(name)));
            }
            records.add(record);
        }
        return records;
    }
}
