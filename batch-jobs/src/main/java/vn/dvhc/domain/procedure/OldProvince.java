package vn.dvhc.domain.procedure;

/** A pre-2025 province whose catalogue is re-published: its NSO code and name ({@code 15}, {@code Yên Bái}). */
public record OldProvince(String code, String name) {

    /** As lists show it: {@code Yên Bái (15)}. */
    public String label() {
        return name + " (" + code + ")";
    }
}
