package vn.dvhc.domain.procedure;

/**
 * The details of a published procedure that must agree when several old provinces (or rows) publish it: the
 * name, and what NĐ 63/2010/NĐ-CP Điều 13 k2 makes a province state (time limit, place, fees), with the
 * implementing agency and the sector. The legal basis is not compared: citations are combined.
 */
public enum Field {
    NAME("name", "Tên TTHC"),
    SECTOR("sector", "Lĩnh vực"),
    AGENCY("agency", "Cơ quan thực hiện"),
    TIME_LIMIT("time_limit", "Thời hạn"),
    FEE("fee", "Phí/lệ phí"),
    PLACE("place", "Địa điểm thực hiện");

    private final String id;
    private final String label;

    Field(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** The annex column it appears in. */
    public String label() {
        return label;
    }
}
