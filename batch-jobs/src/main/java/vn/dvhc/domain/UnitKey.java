package vn.dvhc.domain;

/** A code with its level: {@code 001} the district and {@code 00001} the commune are different keys. */
public record UnitKey(UnitLevel level, String code) {

    @Override
    public String toString() {
        return level.label() + " " + code;
    }
}
