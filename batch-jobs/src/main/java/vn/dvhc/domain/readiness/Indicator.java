package vn.dvhc.domain.readiness;

import java.util.List;
import java.util.Optional;

/**
 * One line of the national progress table ("procedures and forms: 14/34"): a stable id, the label people read and
 * where the evidence comes from. The built-in ones are the government's progress indicators of the cutover (its
 * report of 27 June 2025) and what the stored runs show; an operator may declare more in the checklist.
 */
public record Indicator(String id, String label, Source source) {

    /** Where a province's "done" comes from. */
    public enum Source {
        /** Computed from the stored runs (remap, agencies validate, procedures republish). */
        DERIVED,
        /** Declared, with a date and evidence, in the operator's checklist file. */
        CHECKLIST;

        /** The JSON spelling: derived, checklist. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final Indicator DATA_REMAPPED =
            new Indicator("data-remapped", "data remapped, nothing open", Source.DERIVED);
    public static final Indicator AGENCY_CODES =
            new Indicator("agency-codes", "agency codes without errors", Source.DERIVED);
    public static final Indicator PROCEDURES_PUBLISHED =
            new Indicator("procedures-published", "procedure list re-published", Source.DERIVED);
    public static final Indicator COMMUNE_PROCEDURES_PUBLISHED =
            new Indicator("commune-procedures-published", "commune-level procedures published", Source.DERIVED);

    /** Every built-in indicator, in the order of the table: the derived ones, then the checklist's. */
    public static final List<Indicator> BUILT_IN = List.of(DATA_REMAPPED, AGENCY_CODES, PROCEDURES_PUBLISHED,
            COMMUNE_PROCEDURES_PUBLISHED,
            new Indicator("dc-infrastructure", "data centre and cloud infrastructure", Source.CHECKLIST),
            new Indicator("network", "network at public administrative centres", Source.CHECKLIST),
            new Indicator("procedures-announced", "new procedures announced", Source.CHECKLIST),
            new Indicator("commune-instructions", "procedure instructions moved to communes", Source.CHECKLIST),
            new Indicator("forms", "procedures and forms", Source.CHECKLIST),
            new Indicator("centre-addresses", "administrative centre addresses announced", Source.CHECKLIST),
            new Indicator("hotlines", "hotlines announced", Source.CHECKLIST));

    /** Ids an operator may declare: lower-case letters, digits and inner hyphens (staff-trained). */
    public static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    public static Optional<Indicator> builtIn(String id) {
        return BUILT_IN.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public static List<Indicator> builtIn(Source source) {
        return BUILT_IN.stream().filter(i -> i.source() == source).toList();
    }
}
