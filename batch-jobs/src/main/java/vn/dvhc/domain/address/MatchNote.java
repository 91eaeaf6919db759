package vn.dvhc.domain.address;

/**
 * One thing the reader did that a person auditing the result should know: a correction it made, a unit it
 * inferred, or a part of the text it could not read. The notes of a result make its {@code match_note}.
 *
 * @param kind what sort of note
 * @param text one sentence, naming the text as written and what it was read as
 */
public record MatchNote(Kind kind, String text) {

    /** The sorts of notes. */
    public enum Kind {
        /** A name one edit away from the written one was taken: what was read as what. */
        TYPO,
        /** The written name is one the unit (or its predecessors) had before; the note gives the basis. */
        HISTORICAL_NAME,
        /** The written diacritics differ from the unit's; the letters agree. */
        DIACRITICS_DIFFER,
        /** The written type differs from the unit's (Xã for a commune that is now a Phường). */
        TYPE_DIFFERS,
        /** The district was not written and is the one of the commune found. */
        DISTRICT_INFERRED,
        /** The province was not written and is the one of the commune or district found. */
        PROVINCE_INFERRED,
        /** A part of the text looked like a unit but was not recognised, and was left out. */
        NOT_RECOGNISED,
        /** Why the result is ambiguous, beyond several candidates. */
        AMBIGUITY
    }

    @Override
    public String toString() {
        return text;
    }
}
