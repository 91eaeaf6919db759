package vn.dvhc.domain.readiness;

import java.util.List;

/** A province's readiness with the reasons for it (empty when ready). */
public record Assessment(Readiness status, List<String> reasons) {

    public Assessment {
        reasons = List.copyOf(reasons);
    }
}
