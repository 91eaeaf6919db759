package vn.dvhc.domain.procedure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The transfer rules, looked up by national code and old level: a rule for the exact level wins over a rule for
 * every level of the procedure. The reader refuses two rules for the same code and level.
 */
public final class TransferRules {

    private final Map<ProcedureCode, Map<Level, TransferRule>> byLevel = new HashMap<>();
    private final Map<ProcedureCode, TransferRule> forAllLevels = new HashMap<>();
    private final int size;

    public TransferRules(List<TransferRule> rules) {
        for (TransferRule rule : rules) {
            TransferRule previous = rule.fromLevel() == null ? forAllLevels.putIfAbsent(rule.code(), rule)
                    : byLevel.computeIfAbsent(rule.code(), k -> new HashMap<>()).putIfAbsent(rule.fromLevel(), rule);
            if (previous != null) {
                throw new IllegalArgumentException("two rules for " + rule.code() + " at the same level: "
                        + previous.where() + " and " + rule.where());
            }
        }
        size = rules.size();
    }

    public static TransferRules none() {
        return new TransferRules(List.of());
    }

    public Optional<TransferRule> find(ProcedureCode code, Level level) {
        TransferRule exact = byLevel.getOrDefault(code, Map.of()).get(level);
        return Optional.ofNullable(exact != null ? exact : forAllLevels.get(code));
    }

    public int size() {
        return size;
    }
}
