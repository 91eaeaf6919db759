package vn.dvhc.remap;

import java.util.Locale;

/** What to do with a row whose old commune was divided among several new ones. */
public enum OnSplit {
    /** Status SPLIT, every candidate listed, the new commune columns left empty (the default). */
    FLAG,
    /** Status SPLIT, every candidate listed, the new commune columns filled with the release's default candidate. */
    DEFAULT,
    /** The row goes to the rejects file with reason SPLIT. */
    REJECT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
