package vn.dvhc.schema;

import java.util.Set;

/**
 * Which rows of a database the product can rebuild from its own files: the schema history and the built-in
 * releases (every {@code ref_*} row of a release whose {@code built_in} is true). Everything else — job history,
 * stored runs, releases an operator imported — exists nowhere else, so a repair carries it over.
 */
public final class DerivedRows {

    private DerivedRows() {
    }

    public static RepairPlan repairPlan() {
        return new RepairPlan(Set.of("dvhc_schema_history"), table -> {
            if (table.equals("ref_release")) {
                return "BUILT_IN = FALSE";
            }
            return table.startsWith("ref_") ? "RELEASE_ID IN (SELECT ID FROM REF_RELEASE WHERE BUILT_IN = FALSE)" : null;
        });
    }
}
