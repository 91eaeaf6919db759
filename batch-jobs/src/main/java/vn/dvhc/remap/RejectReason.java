package vn.dvhc.remap;

import java.util.LinkedHashMap;
import java.util.Map;

/** Why a row went to the rejects file instead of the output (spec §5). Names are part of the file format. */
public enum RejectReason {
    /** The commune code is empty (and no island district stands in for it). */
    MISSING_CODE,
    /** A code that is not digits of its level's width ({@code 1} for {@code 00001}, a 6-digit code). */
    MALFORMED_CODE,
    /** A well-formed code that the starting release does not have. */
    UNKNOWN_CODE,
    /** The commune is not in the district or province the row names. */
    PARENT_MISMATCH,
    /** Not a well-formed row: wrong number of fields, broken quoting. */
    MALFORMED_ROW,
    /** A split commune, rejected because of {@code --on-split reject}. */
    SPLIT,
    /** The address or names fit several old communes; the detail lists every one. */
    ADDRESS_AMBIGUOUS,
    /** The address or names name no old commune; the detail says what was recognised. */
    ADDRESS_UNRECOGNISED;

    /** Rejected rows by reason from counters indexed by ordinal, in this order, only the reasons that occurred. */
    public static Map<String, Long> counts(long[] byOrdinal) {
        Map<String, Long> byReason = new LinkedHashMap<>();
        for (RejectReason reason : values()) {
            if (byOrdinal[reason.ordinal()] > 0) {
                byReason.put(reason.name(), byOrdinal[reason.ordinal()]);
            }
        }
        return byReason;
    }
}
