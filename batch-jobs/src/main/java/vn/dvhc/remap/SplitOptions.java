package vn.dvhc.remap;

import java.nio.file.Path;

/**
 * The options of spec §5b beyond {@code --on-split}: a province's decisions and the worklist of what stays open
 * (docs/splits.md).
 *
 * @param rules       {@code --split-rules}: read by {@code SplitRulesReader}; null without it
 * @param rulesSha256 the rules file's content, which identifies the run (not its path); null without rules
 * @param matchColumn {@code --split-match-column}: the column whose words the rules look for (header name or
 *                    1-based number); null to find the address column by name
 * @param worklist    {@code --split-worklist}: where the rows left split are listed for a person; null without it
 */
public record SplitOptions(Path rules, String rulesSha256, String matchColumn, Path worklist) {

    public static final SplitOptions NONE = new SplitOptions(null, null, null, null);

    /** Whether the rows need the text of the match column: to look for rules' words, or to group the worklist. */
    boolean readsText() {
        return rules != null || worklist != null;
    }
}
