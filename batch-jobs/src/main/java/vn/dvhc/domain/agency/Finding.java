package vn.dvhc.domain.agency;

/**
 * One thing wrong (or worth knowing) about a register.
 *
 * @param line         the register line (a spreadsheet's row number); null for findings about the register as a
 *                     whole, such as a commune without a code
 * @param code         the agency code concerned, as written; null when none
 * @param provinceCode the new province the finding belongs to (for the cutover report); null when unknown
 */
public record Finding(AgencyRule rule, Long line, String code, String provinceCode, String message, String hint) {

    public Severity severity() {
        return rule.severity();
    }
}
