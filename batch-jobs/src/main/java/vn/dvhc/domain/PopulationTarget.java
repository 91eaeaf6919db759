package vn.dvhc.domain;

/**
 * The candidate of a split old unit that received all of its population along a chain of releases, and why
 * ({@link PopulationOutcome#basis()}; the bases of several steps joined with {@code "; "}). For data about people
 * it resolves the split; for land and buildings it does not.
 *
 * @param candidate one of the conversion's candidates
 * @param basis     as the remap prints it in {@code remap_basis}: {@code NSO: toàn bộ dân số},
 *                  {@code NQ 1671/NQ-UBTVQH15 Điều 1 khoản 46, khoản 51}
 */
public record PopulationTarget(Conversion.Candidate candidate, String basis) {
}
