package vn.dvhc.domain.procedure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Decides the one {@link ChangeType} of an old procedure from what became of its parts, and writes its detail.
 * The detail names levels by id ({@code huyen → xa}) and cites the rule's legal basis and line.
 */
final class ChangeAccounting {

    private ChangeAccounting() {
    }

    /**
     * @param outcomes   every part of the procedure (each row at each of its levels)
     * @param mergedWith other old provinces whose procedures share a row of the new list with this one
     */
    static Change change(OldProvince province, NewProvince newProvince, List<Procedure> rows,
                         List<LevelTransfer.Outcome> outcomes, List<OldProvince> mergedWith) {
        Procedure first = rows.get(0);
        Set<Level> oldLevels = EnumSet.noneOf(Level.class);
        rows.forEach(r -> oldLevels.addAll(r.levels()));
        Set<Level> newLevels = EnumSet.noneOf(Level.class);
        Set<ProcedureCode> newCodes = new TreeSet<>();
        List<String> parts = new ArrayList<>();
        boolean orphan = false;
        for (LevelTransfer.Outcome outcome : outcomes) {
            outcome.targets().forEach(t -> newLevels.add(t.level()));
            if (outcome.published()) {
                newCodes.add(outcome.code());
            }
            orphan |= outcome.kind() == LevelTransfer.Kind.ORPHAN;
            String part = describe(outcome);
            if (!part.isEmpty() && !parts.contains(part)) {
                parts.add(part);
            }
        }
        ChangeType type;
        if (orphan) {
            type = ChangeType.ORPHAN;
            parts.add("add a rule for it or pass --default-district-level xa");
        } else if (newCodes.isEmpty()) {
            type = ChangeType.ABOLISHED;
        } else if (newCodes.size() > 1 || !newCodes.contains(first.code())) {
            type = ChangeType.RENUMBERED;
        } else if (!newLevels.equals(oldLevels)) {
            type = ChangeType.MOVED_LEVEL;
        } else if (!mergedWith.isEmpty()) {
            type = ChangeType.MERGED;
        } else {
            type = ChangeType.UNCHANGED;
        }
        if (!mergedWith.isEmpty()) {
            parts.add("merged with " + mergedWith.stream().map(OldProvince::label).collect(Collectors.joining(", ")));
        }
        return new Change(province.code(), first.code(), first.name(), new ArrayList<>(oldLevels), type,
                newProvince.code(), new ArrayList<>(newCodes), new ArrayList<>(newLevels), String.join("; ", parts),
                first.source());
    }

    private static String describe(LevelTransfer.Outcome outcome) {
        String from = outcome.from().id();
        return switch (outcome.kind()) {
            case KEPT -> "";
            case RULE -> from + " → " + outcome.targets().stream().map(t -> t.level().id())
                    .collect(Collectors.joining("+"))
                    + (outcome.code().equals(outcome.row().code()) ? "" : " as " + outcome.code())
                    + " by " + basis(outcome.rule());
            case DEFAULT -> from + " → xa by --default-district-level xa (no rule)";
            case ABOLISHED -> from + " abolished by " + basis(outcome.rule());
            case ORPHAN -> from + " has no transfer rule";
        };
    }

    private static String basis(TransferRule rule) {
        return rule.legalBasis() + " (" + rule.where() + ")";
    }
}
