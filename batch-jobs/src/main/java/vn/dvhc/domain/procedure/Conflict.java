package vn.dvhc.domain.procedure;

import java.util.List;

import vn.dvhc.error.Location;

/**
 * Two or more different values of one detail of one published procedure (code and level), from the old
 * provinces merged into the new one. It is reported, and the published cell lists every variant with its
 * province: nothing is silently picked.
 */
public record Conflict(ProcedureCode code, Level level, Field field, List<Variant> variants) {

    public Conflict {
        variants = List.copyOf(variants);
    }

    /** One value and where it comes from. */
    public record Variant(String value, List<Origin> origins) {

        public Variant {
            origins = List.copyOf(origins);
        }
    }

    /** A catalogue row of an old province. */
    public record Origin(OldProvince province, Location source) {
    }
}
