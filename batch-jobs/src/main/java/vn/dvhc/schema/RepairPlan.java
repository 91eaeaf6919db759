package vn.dvhc.schema;

import java.util.Set;
import java.util.function.Function;

/**
 * What a repair rebuilds and what it carries over. A new database gets the schema and the built-in data from the
 * shipped files (derived, so rebuilt, not copied); the rows of the damaged one that nothing can rebuild (job
 * history, stored runs, imported releases) are copied.
 *
 * @param rebuilt    tables (lower case) made only by the migrations: not copied at all
 * @param keepFilter per table (lower case), the SQL condition on the damaged database of the rows to copy, or
 *                   null to copy the whole table
 */
public record RepairPlan(Set<String> rebuilt, Function<String, String> keepFilter) {

    public RepairPlan {
        rebuilt = Set.copyOf(rebuilt);
    }
}
