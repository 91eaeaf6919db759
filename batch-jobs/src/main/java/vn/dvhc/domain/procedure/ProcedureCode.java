package vn.dvhc.domain.procedure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The national code of an administrative procedure in the national database (CSDLQG về TTHC): {@code D.NNNNNN},
 * e.g. {@code 1.000894} (đăng ký kết hôn). The leading digit's meaning is documented nowhere, so it is kept opaque
 * (domain §4.1). A province publishes the procedure under a local code: the national code followed by the QCVN
 * 102:2016 code of its People's Committee, {@code 1.011442.000.00.00.H38} (domain §4.1, §6.2.1).
 */
public record ProcedureCode(String value) implements Comparable<ProcedureCode> {

    private static final Pattern NATIONAL = Pattern.compile("[1-9]\\.\\d{6}");
    // domain §6.2.1: <national>.<QCVN 102 code>, with the two-digit suffix of online-service variants.
    private static final Pattern LOCAL = Pattern.compile("([1-9]\\.\\d{6})\\.\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Y]\\d{2}(\\.\\d{2})?");
    // QĐ 20/2020/QĐ-TTg Điều 4 k2 and QCVN 102:2016: a level-1 code is a letter A–Y and two digits.
    private static final Pattern LEVEL_ONE = Pattern.compile("[A-Y]\\d{2}");

    public ProcedureCode {
        if (value == null || !NATIONAL.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a national procedure code D.NNNNNN (e.g. 1.000894)");
        }
    }

    public static boolean isNational(String text) {
        return text != null && NATIONAL.matcher(text).matches();
    }

    /**
     * The national code a catalogue cell holds: the code itself, or the national part of a local code
     * ({@code 1.011442.000.00.00.H38} → {@code 1.011442}); empty when the cell is neither.
     */
    public static Optional<ProcedureCode> fromCell(String cell) {
        String text = cell == null ? "" : cell.strip();
        if (NATIONAL.matcher(text).matches()) {
            return Optional.of(new ProcedureCode(text));
        }
        Matcher local = LOCAL.matcher(text);
        return local.matches() ? Optional.of(new ProcedureCode(local.group(1))) : Optional.empty();
    }

    /**
     * The local code under which a province publishes this procedure: the national code, then the QCVN 102 code
     * of the province's People's Committee, which is its level-1 code with zero lower levels ({@code 000.00.00.H38}).
     */
    public String local(String levelOneCode) {
        if (levelOneCode == null || !LEVEL_ONE.matcher(levelOneCode).matches()) {
            throw new IllegalArgumentException("'" + levelOneCode + "' is not a level-1 agency code such as H38");
        }
        return value + ".000.00.00." + levelOneCode;
    }

    @Override
    public int compareTo(ProcedureCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
