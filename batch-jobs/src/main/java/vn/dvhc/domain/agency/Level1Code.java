package vn.dvhc.domain.agency;

import java.time.LocalDate;

/**
 * A level-1 agency code ({@code H38}, {@code G12}, {@code D01}) and what became of it: still {@code active};
 * {@code merged} into the body whose code is {@code usedCode} (the H code of a province merged on 2025-07-01);
 * or {@code retired} (a ministry deleted by QĐ 09/2025). The table is data (domain §3.3–3.6, §7): the H statuses
 * are not settled by any official letter.
 *
 * @param newProvinceCode for H codes, the new province the old one is part of; empty otherwise
 * @param changedOn       the day a merged or retired status takes effect; null for active codes
 */
public record Level1Code(String code, String body, Status status, String usedCode, String newProvinceCode,
                         LocalDate changedOn, String note) {

    /** What became of a level-1 code. */
    public enum Status { ACTIVE, MERGED, RETIRED }

    /** The status on a day: a change takes effect on {@code changedOn}. */
    public Status statusOn(LocalDate day) {
        return changedOn == null || day.isBefore(changedOn) ? Status.ACTIVE : status;
    }

    public char letter() {
        return code.charAt(0);
    }
}
