package vn.dvhc.domain;

/**
 * The level-1 agency code (QCVN 102:2016 / QĐ 20/2020, group H) of the People's Committee of a pre-2025 province,
 * and what became of it on 2025-07-01: {@code kept} by the new province that bears the old name, or
 * {@code merged} into another province, whose code {@code usedCode} names. Agency codes are not unit codes:
 * Lào Cai's unit code is 15 (ex-Yên Bái) but its agency code is H38 (ex-Lào Cai). No official letter re-issued
 * the H codes; the table is data, [M] confidence, configurable (domain.md §3.4–3.6).
 */
public record ProvinceAgencyCode(String code, String body, String oldProvinceCode, String newProvinceCode,
                                 Status status, String usedCode, String confidence, String note) {

    /** What became of an H code on 2025-07-01. */
    public enum Status { KEPT, MERGED, RETIRED }
}
