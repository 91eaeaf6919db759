package vn.dvhc.domain.procedure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.dvhc.domain.VietnameseText;

/**
 * Merges the contributions to one row of a new list (one code at one level). Values are compared after cleaning,
 * ignoring case, blanks, tone-mark placement and final punctuation; an empty value is "not stated", not a
 * different value. Different values make a {@link Conflict}, and the cell lists each variant with its province.
 */
final class EntryMerger {

    private static final Pattern CITATION_BREAK = Pattern.compile("[;\\n]");
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[.;,:]+$");

    /** The merged details of one row. */
    record Merged(Map<Field, String> values, String sectorGroup, String agencyCode, String legalBasis,
                  boolean agencyUnknown, List<Conflict> conflicts, Set<Field> conflictFields,
                  List<PublishedProcedure.Origin> origins) {
    }

    private EntryMerger() {
    }

    /** @param contributions in catalogue order (old province, file, line): the first spelling of a value is kept */
    static Merged merge(ProcedureCode code, Level level, List<Contribution> contributions) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        List<Conflict> conflicts = new ArrayList<>();
        Set<Field> conflictFields = EnumSet.noneOf(Field.class);
        String sectorGroup = "";
        for (Field field : Field.values()) {
            Map<String, List<Contribution>> byValue = new LinkedHashMap<>();
            for (Contribution c : contributions) {
                String value = VietnameseText.clean(c.value(field));
                if (!value.isEmpty()) {
                    byValue.computeIfAbsent(key(value), k -> new ArrayList<>()).add(c);
                }
            }
            List<Conflict.Variant> variants = new ArrayList<>();
            for (List<Contribution> same : byValue.values()) {
                variants.add(new Conflict.Variant(VietnameseText.clean(same.get(0).value(field)), same.stream()
                        .map(c -> new Conflict.Origin(c.province(), c.row().source())).toList()));
            }
            if (variants.size() > 1) {
                conflicts.add(new Conflict(code, level, field, variants));
                conflictFields.add(field);
            }
            values.put(field, render(variants));
            if (field == Field.SECTOR && !variants.isEmpty()) {
                sectorGroup = variants.get(0).value();
            }
        }
        String agencyCode = contributions.stream().map(Contribution::agencyCode).filter(a -> a != null && !a.isBlank())
                .findFirst().orElse("");
        boolean agencyUnknown = values.get(Field.AGENCY).isEmpty()
                && contributions.stream().anyMatch(Contribution::agencyUnknown);
        return new Merged(values, sectorGroup, agencyCode, legalBasis(contributions), agencyUnknown, conflicts,
                conflictFields, contributions.stream().map(Contribution::origin).distinct().toList());
    }

    // One variant: its value. Several: one line per variant, "Lào Cai (10): 20.000 đồng".
    private static String render(List<Conflict.Variant> variants) {
        if (variants.size() <= 1) {
            return variants.isEmpty() ? "" : variants.get(0).value();
        }
        return variants.stream().map(v -> v.origins().stream().map(o -> o.province().label()).distinct()
                .collect(Collectors.joining(", ")) + ": " + v.value()).collect(Collectors.joining("\n"));
    }

    // The rules' citations first (why the procedure is where it is now), then every citation of the old rows,
    // each once.
    private static String legalBasis(List<Contribution> contributions) {
        Map<String, String> citations = new LinkedHashMap<>();
        contributions.forEach(c -> addCitations(citations, c.ruleBasis()));
        contributions.forEach(c -> addCitations(citations, c.row().legalBasis()));
        return String.join("; ", citations.values());
    }

    private static void addCitations(Map<String, String> citations, String text) {
        if (text == null) {
            return;
        }
        for (String part : CITATION_BREAK.split(text)) {
            String citation = FINAL_PUNCTUATION.matcher(VietnameseText.clean(part)).replaceAll("");
            if (!citation.isEmpty()) {
                citations.putIfAbsent(VietnameseText.toneKey(citation), citation);
            }
        }
    }

    private static String key(String value) {
        return FINAL_PUNCTUATION.matcher(VietnameseText.toneKey(value)).replaceAll("");
    }
}
