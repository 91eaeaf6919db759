package vn.dvhc.domain.split;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.dvhc.domain.Conversion;
import vn.dvhc.domain.Unit;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * A province's decisions about its split communes (spec §5b, docs/splits.md), checked before any row is
 * processed, then matched against the text of each row: a rule applies when the row's text holds its words in
 * a row, whole words, without regard to case or accents ({@code Thôn 1} matches {@code thôn 1, xã…} but not
 * {@code Thôn 11}). Immutable and safe to share between threads; {@link RuleUsage} counts which rules applied.
 */
public final class SplitRules {

    private final List<SplitRule> rules;
    private final Map<SplitRule, Integer> index;
    /** Old commune code (as the catalog knows it) → first word of a rule → the rules starting with that word. */
    private final Map<String, Map<String, List<Compiled>>> byCommune;

    // Built whole before construction, so that the final fields publish them safely to other threads.
    private SplitRules(List<SplitRule> rules, Map<SplitRule, Integer> index,
                       Map<String, Map<String, List<Compiled>>> byCommune) {
        this.rules = rules;
        this.index = index;
        this.byCommune = byCommune;
    }

    /**
     * Checks every rule in order and keeps them. The first rule whose old commune is malformed, unknown or not
     * split, whose words are none, whose target is not a candidate of its old commune, or that repeats the words
     * of an earlier rule for the same commune is an input error (exit 3) naming its file and line.
     */
    public static SplitRules of(List<SplitRule> rules, CommuneLookup communes) {
        List<SplitRule> checked = List.copyOf(rules);
        Map<SplitRule, Integer> index = new HashMap<>();
        Map<String, Map<String, List<Compiled>>> byCommune = new HashMap<>();
        Map<String, SplitRule> seen = new HashMap<>();
        for (SplitRule rule : checked) {
            Conversion conversion = commune(rule, communes);
            String[] words = Words.of(rule.match());
            if (words.length == 0) {
                throw error(rule, "match '" + rule.match() + "' has no words to look for",
                        "write the words of the hamlet or street (Thôn 1), or leave new_commune_code empty to skip the line");
            }
            if (conversion.candidates().stream().noneMatch(c -> c.unit().code().equals(rule.newCommuneCode()))) {
                throw error(rule, "new commune '" + rule.newCommuneCode() + "' is not a candidate of "
                        + describe(conversion.old()) + "; its candidates are " + candidates(conversion),
                        "pick one of the candidates");
            }
            String old = conversion.old().code();
            SplitRule earlier = seen.putIfAbsent(old + " " + String.join(" ", words), rule);
            if (earlier != null) {
                throw error(rule, "the same words as line " + earlier.line() + " for " + describe(conversion.old()),
                        "keep one of the two lines");
            }
            byCommune.computeIfAbsent(old, k -> new HashMap<>())
                    .computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Compiled(rule, words));
            index.put(rule, index.size());
        }
        return new SplitRules(checked, index, byCommune);
    }

    /** The rules in file order. */
    public List<SplitRule> rules() {
        return rules;
    }

    /**
     * What the rules say about a row of a split commune.
     *
     * @param oldCommuneCode the old commune as the catalog knows it ({@code Conversion.old().code()})
     * @param text           the row's text: its address, or the column named for matching; may be null
     */
    public SplitResolution resolve(String oldCommuneCode, String text) {
        Map<String, List<Compiled>> byFirstWord = byCommune.get(oldCommuneCode);
        if (byFirstWord == null || text == null) {
            return SplitResolution.NONE;
        }
        String[] words = Words.of(text);
        List<SplitRule> matched = new ArrayList<>(2);
        for (int at = 0; at < words.length; at++) {
            for (Compiled rule : byFirstWord.getOrDefault(words[at], List.of())) {
                if (!matched.contains(rule.rule()) && rule.matchesAt(words, at)) {
                    matched.add(rule.rule());
                }
            }
        }
        if (matched.isEmpty()) {
            return SplitResolution.NONE;
        }
        matched.sort((a, b) -> Long.compare(a.line(), b.line()));
        boolean oneTarget = matched.stream().map(SplitRule::newCommuneCode).distinct().count() == 1;
        return new SplitResolution(oneTarget ? SplitResolution.Outcome.RESOLVED : SplitResolution.Outcome.CONFLICT,
                matched);
    }

    /** The position of a rule in {@link #rules()}. */
    int indexOf(SplitRule rule) {
        Integer position = index.get(rule);
        if (position == null) {
            throw new IllegalArgumentException("not a rule of this set: " + rule.basis());
        }
        return position;
    }

    private static Conversion commune(SplitRule rule, CommuneLookup communes) {
        String code = rule.oldCommuneCode();
        if (!code.matches("\\d{5}")) {
            throw error(rule, "old_commune_code '" + code + "' is not a commune code (5 digits)", code.matches("\\d{1,4}")
                    ? "a spreadsheet may have dropped its leading zeros: format the column as text and write "
                    + "0".repeat(5 - code.length()) + code
                    : "write the 5-digit code of the old commune, as in the worklist");
        }
        Conversion conversion = communes.find(code);
        if (conversion == null) {
            throw error(rule, "unknown old commune code " + code, "see 'dvhc reference lookup " + code + "'");
        }
        if (!conversion.split()) {
            throw error(rule, describe(conversion.old()) + " is not split: it goes to " + candidates(conversion) + " only",
                    "rules are for split communes; delete this line");
        }
        return conversion;
    }

    private static String describe(Unit old) {
        return "old commune " + old.code() + " (" + old.fullName() + ")";
    }

    private static String candidates(Conversion conversion) {
        return conversion.candidates().stream().map(c -> c.unit().code() + " " + c.unit().fullName())
                .collect(Collectors.joining(", "));
    }

    private static DvhcException error(SplitRule rule, String message, String hint) {
        return new DvhcException(ErrorCode.INPUT_MALFORMED, message, Location.of(rule.file(), rule.line()), hint);
    }

    /** A rule with its words folded once. */
    private record Compiled(SplitRule rule, String[] words) {

        boolean matchesAt(String[] text, int at) {
            if (at + words.length > text.length) {
                return false;
            }
            for (int i = 1; i < words.length; i++) {
                if (!words[i].equals(text[at + i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
