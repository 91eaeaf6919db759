package vn.dvhc.domain;

/**
 * Where the whole population of a split old commune went, in one release's mapping from its predecessor: data
 * about people (households, citizens, voters) can follow it, while land and buildings stay split. The sources
 * decide it for some communes only: the NSO conversion table's note "Nhập một phần diện tích, toàn bộ dân số",
 * and resolutions 1654–1687/NQ-UBTVQH15 whose clauses move only land ("một phần diện tích tự nhiên") of a commune
 * elsewhere (docs/splits.md).
 *
 * @param oldCommuneCode the old commune, a commune of the predecessor that this release's mapping splits
 * @param newCommuneCode the new commune that received every inhabitant, one of the old commune's targets
 * @param basis          why, as the remap prints it: {@code NSO: toàn bộ dân số} or a resolution's clauses
 *                       ({@code NQ 1656/NQ-UBTVQH15 Điều 1 khoản 41, khoản 42})
 * @param nsoNote        the NSO table's note on the pair, may be empty
 * @param resolution     the clauses of the resolution that decide it, may be empty
 * @param resolutionText the words of those clauses about the old commune, may be empty
 */
public record PopulationOutcome(String oldCommuneCode, String newCommuneCode, String basis, String nsoNote,
                                String resolution, String resolutionText) {
}
