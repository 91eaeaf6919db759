package vn.dvhc.domain.address;

/** How far an address or a row of names pins down the old commune. */
public enum MatchStatus {
    /** Exactly one old commune fits. */
    MATCHED,
    /** Several old communes fit (every one is listed), or the one that fits may not be what was meant. */
    AMBIGUOUS,
    /** No old commune fits; what was recognised (province, district) is still reported. */
    UNRECOGNISED
}
