package vn.dvhc.domain.procedure;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The result of a re-publication: one list per new province that received a catalogue, ordered by code. */
public record Republication(List<ProvinceList> provinces) {

    public Republication {
        provinces = List.copyOf(provinces);
    }

    /** Every old procedure's change, province by province. */
    public List<Change> changes() {
        return provinces.stream().flatMap(p -> p.changes().stream()).toList();
    }

    public Map<ChangeType, Integer> changeCounts() {
        Map<ChangeType, Integer> counts = new EnumMap<>(ChangeType.class);
        for (ChangeType type : ChangeType.values()) {
            counts.put(type, 0);
        }
        changes().forEach(c -> counts.merge(c.type(), 1, Integer::sum));
        return counts;
    }
}
