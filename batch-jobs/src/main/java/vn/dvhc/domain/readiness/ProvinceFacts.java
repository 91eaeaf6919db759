package vn.dvhc.domain.readiness;

import java.util.Map;

/**
 * What the stored runs say about one new province. A part is null when no run of that kind covers the province.
 */
public record ProvinceFacts(String code, String name, Remap remap, Agencies agencies, Procedures procedures) {

    /**
     * Rows of remapped files that went to this province (or were rejected and attributed to it). {@code split}
     * counts only the rows of split communes still open; those the law or a province's rules decided are
     * {@code resolvedByLaw} and {@code resolvedByRule}.
     */
    public record Remap(long mapped, long split, long alias, long rejected, int files, long resolvedByLaw,
                        long resolvedByRule) {

        public Remap(long mapped, long split, long alias, long rejected, int files) {
            this(mapped, split, alias, rejected, files, 0, 0);
        }

        public long rows() {
            return mapped + split + alias + rejected + resolvedByLaw + resolvedByRule;
        }
    }

    /** The agency register as validated: findings by severity and commune coverage. */
    public record Agencies(int agencies, int errors, int warnings, int infos, int communes, int communesCovered) {
    }

    /** The re-published procedure list: rows by level (tinh, xa, …), orphans and conflicts. */
    public record Procedures(int published, Map<String, Integer> byLevel, int orphans, int conflicts) {
    }
}
