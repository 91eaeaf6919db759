package vn.dvhc.domain.procedure;

/**
 * What became of one old procedure (one national code in one old province's catalogue). Each old procedure gets
 * exactly one type, the first that applies in this order, so the counts add up to the input; the detail of the
 * change names the other aspects.
 */
public enum ChangeType {
    /** A district-level part has no rule and --default-district-level is orphan: nobody handles it any more. */
    ORPHAN,
    /** Every part was abolished (bãi bỏ) by a rule. */
    ABOLISHED,
    /** Published under a new national code. */
    RENUMBERED,
    /** Published at other levels than before (a district-level part moved, or a part was abolished). */
    MOVED_LEVEL,
    /** Unchanged, but one entry of the new list now also stands for another old province's procedure. */
    MERGED,
    /** Published as before, in the list of the new province. */
    UNCHANGED
}
