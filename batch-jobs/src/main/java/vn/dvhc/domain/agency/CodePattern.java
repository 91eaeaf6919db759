package vn.dvhc.domain.agency;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@code agencies allocate} builds a commune People's Committee's code: a template with {@code {level1}} (the H
 * code the province's People's Committee uses), {@code {commune}} (the 5-digit commune code) and {@code {seq}} or
 * {@code {seq:N}} (the next free number, zero-padded to N digits). No official rule for these codes exists yet
 * (domain §7), so the pattern is the operator's choice; the default is QĐ 20 {@code {level1}.{seq:3}}.
 */
public final class CodePattern {

    public static final String DEFAULT = "{level1}.{seq:3}";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9]+)(?::(\\d))?}");

    private final String template;
    private final boolean sequenced;
    private final int width;

    private CodePattern(String template, boolean sequenced, int width) {
        this.template = template;
        this.sequenced = sequenced;
        this.width = width;
    }

    /** @throws IllegalArgumentException naming what is wrong with the template */
    public static CodePattern parse(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        boolean level1 = false;
        boolean seq = false;
        boolean commune = false;
        int width = 1;
        while (m.find()) {
            switch (m.group(1)) {
                case "level1" -> level1 = true;
                case "commune" -> commune = true;
                case "seq" -> {
                    seq = true;
                    width = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                }
                default -> throw new IllegalArgumentException("unknown placeholder {" + m.group(1)
                        + "}: use {level1}, {commune}, {seq} or {seq:N}");
            }
        }
        String rest = m.replaceAll("");
        if (rest.contains("{") || rest.contains("}")) {
            throw new IllegalArgumentException("a brace that is not a placeholder: " + template);
        }
        if (!level1) {
            throw new IllegalArgumentException("the pattern needs {level1}: the code must start (QĐ 20) or end "
                    + "(QCVN 102) with the province's level-1 code");
        }
        if (!seq && !commune) {
            throw new IllegalArgumentException("the pattern needs {seq} or {commune}, or every commune gets the same code");
        }
        return new CodePattern(template, seq, width);
    }

    public boolean sequenced() {
        return sequenced;
    }

    public String apply(String level1, String commune, int seq) {
        String number = String.format("%0" + width + "d", seq);
        return PLACEHOLDER.matcher(template).replaceAll(r -> switch (r.group(1)) {
            case "level1" -> level1;
            case "commune" -> commune;
            default -> number;
        });
    }

    /** The {@code {seq}} number of a code this pattern made for a province, if it is one. */
    public OptionalInt sequenceOf(String code, String level1) {
        if (!sequenced) {
            return OptionalInt.empty();
        }
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start())));
            regex.append(switch (m.group(1)) {
                case "level1" -> Pattern.quote(level1);
                case "commune" -> "\\d{5}";
                default -> "(?<seq>\\d{" + width + ",})";
            });
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        Matcher match = Pattern.compile(regex.toString()).matcher(code);
        return match.matches() && match.group("seq").length() < 10
                ? OptionalInt.of(Integer.parseInt(match.group("seq"))) : OptionalInt.empty();
    }

    @Override
    public String toString() {
        return template;
    }
}
