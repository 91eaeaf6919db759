package vn.dvhc.domain.agency;

/**
 * The two official layouts of an agency identification code, which run in opposite directions, and the scheme
 * codes of other organisations (domain §3.1–3.2). No mapping between the layouts exists: a code is only ever
 * paired with one of the other layout through a crosswalk.
 */
public enum CodeLayout {
    /** QCVN 102:2016/BTTTT {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}: level 1 on the right, 13 characters. */
    QCVN_102("QCVN 102"),
    /** QĐ 20/2020/QĐ-TTg {@code MX1X2[.group…]}: level 1 on the left, up to 35 characters. */
    QD_20("QĐ 20"),
    /** QĐ 20/2020 Điều 6: scheme code {@code Zxy} and the organisation's code, no separator. */
    Z_SCHEME("Z scheme");

    private final String label;

    CodeLayout(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
