package vn.dvhc.domain;

import java.util.Objects;

/** A code with its level: {@code 001} the district and {@code 00001} the commune are different keys. */
public record UnitKey(UnitLevel level, String code) {

    // Written out: a record's own equals and hashCode go through method handles, which run slowly until the JIT has
    // compiled them, and the catalog and a remap look units up by key while the code is still cold (about 30 ms of a
    // 2,000,000-row remap's first chunk, docs/benchmarks.md). The level's ordinal, not its identity hash, so that the
    // hash is the same in every run.
    @Override
    public boolean equals(Object other) {
        return other instanceof UnitKey key && level == key.level && Objects.equals(code, key.code);
    }

    @Override
    public int hashCode() {
        return 31 * (level == null ? 0 : level.ordinal() + 1) + Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return level.label() + " " + code;
    }
}
