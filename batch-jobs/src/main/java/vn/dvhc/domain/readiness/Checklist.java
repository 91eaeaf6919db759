package vn.dvhc.domain.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operator's checklist as read and checked: the indicators it declares of its own, its lines, and notes on how
 * it was read (an old province code taken as its new province).
 */
public record Checklist(String file, List<Indicator> own, List<ChecklistEntry> entries, List<String> notes) {

    public Checklist {
        own = List.copyOf(own);
        entries = List.copyOf(entries);
        notes = List.copyOf(notes);
    }

    /** The built-in checklist indicators, then the file's own, in the table's order. */
    public List<Indicator> indicators() {
        List<Indicator> all = new ArrayList<>(Indicator.builtIn(Indicator.Source.CHECKLIST));
        all.addAll(own);
        return all;
    }

    /** The provinces that had done the indicator on or before the date. */
    public Set<String> doneBy(String indicator, LocalDate asOf) {
        Set<String> done = new TreeSet<>();
        for (ChecklistEntry entry : entries) {
            if (entry.indicator().equals(indicator) && entry.doneBy(asOf)) {
                done.add(entry.province());
            }
        }
        return done;
    }
}
