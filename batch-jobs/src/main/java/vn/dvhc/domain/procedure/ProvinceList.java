package vn.dvhc.domain.procedure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The re-published list of one new province, with the accounting of every old procedure of the old provinces
 * that formed it.
 *
 * @param procedures     grouped by level (publication order), then sector, then code
 * @param changes        one per old procedure of this province's old provinces
 * @param missingSources old provinces of this province without a catalogue among the inputs
 */
public record ProvinceList(NewProvince province, List<PublishedProcedure> procedures, List<Change> changes,
                           List<Conflict> conflicts, List<Warning> warnings, List<OldProvince> missingSources) {

    public ProvinceList {
        procedures = List.copyOf(procedures);
        changes = List.copyOf(changes);
        conflicts = List.copyOf(conflicts);
        warnings = List.copyOf(warnings);
        missingSources = List.copyOf(missingSources);
    }

    /** Published rows per level, every publishable level present (zero when empty). */
    public Map<Level, Integer> publishedByLevel() {
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        Level.published().forEach(level -> counts.put(level, 0));
        procedures.forEach(p -> counts.merge(p.level(), 1, Integer::sum));
        return counts;
    }

    /** Old procedures per change type, every type present: they add up to {@code changes().size()}. */
    public Map<ChangeType, Integer> changeCounts() {
        Map<ChangeType, Integer> counts = new EnumMap<>(ChangeType.class);
        for (ChangeType type : ChangeType.values()) {
            counts.put(type, 0);
        }
        changes.forEach(c -> counts.merge(c.type(), 1, Integer::sum));
        return counts;
    }

    public List<Change> orphans() {
        return changes.stream().filter(c -> c.type() == ChangeType.ORPHAN).toList();
    }
}
