package vn.dvhc.domain.readiness;

/** Whether a new province's data is ready for the cutover. */
public enum Readiness {
    READY("ready", "sẵn sàng"),
    AT_RISK("at risk", "có rủi ro"),
    BLOCKED("blocked", "bị chặn");

    private final String label;
    private final String vietnamese;

    Readiness(String label, String vietnamese) {
        this.label = label;
        this.vietnamese = vietnamese;
    }

    public String label() {
        return label;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
