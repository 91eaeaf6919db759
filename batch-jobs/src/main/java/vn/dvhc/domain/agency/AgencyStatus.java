package vn.dvhc.domain.agency;

import java.util.Optional;

import vn.dvhc.domain.VietnameseText;

/**
 * The status column of a register. {@code proposed} is what {@code agencies allocate} writes: a code awaiting
 * approval, not yet in use, but already taken.
 */
public enum AgencyStatus {
    ACTIVE, RETIRED, PROPOSED;

    /** English or Vietnamese, accents and case ignored; blank means active. */
    public static Optional<AgencyStatus> parse(String text) {
        return switch (VietnameseText.fold(text)) {
            case "", "active", "hoat dong", "dang hoat dong", "con hieu luc", "hieu luc" -> Optional.of(ACTIVE);
            case "retired", "inactive", "ngung hoat dong", "het hieu luc", "giai the", "thu hoi", "da thu hoi" ->
                    Optional.of(RETIRED);
            case "proposed", "de xuat", "du kien" -> Optional.of(PROPOSED);
            default -> Optional.empty();
        };
    }
}
