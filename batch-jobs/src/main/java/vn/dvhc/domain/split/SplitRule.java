package vn.dvhc.domain.split;

/**
 * One decision of a province about a split old commune: rows of that commune whose text holds the words of
 * {@code match} go to {@code newCommuneCode}.
 *
 * @param file           the rules file's name, as {@link #basis()} prints it
 * @param line           the physical line the rule starts on (1-based)
 * @param oldCommuneCode the old commune as written in the file
 * @param match          the words looked for, as written ({@code Thôn 1})
 * @param newCommuneCode one of the old commune's candidates
 * @param note           free text of the province (the decision's number, a reason), may be empty
 */
public record SplitRule(String file, long line, String oldCommuneCode, String match, String newCommuneCode,
                        String note) {

    /** Why a row resolved by this rule went where it went: {@code rules.csv line 7}. */
    public String basis() {
        return file + " line " + line;
    }
}
