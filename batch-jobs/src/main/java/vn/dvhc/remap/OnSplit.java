package vn.dvhc.remap;

import java.util.Locale;

/** What to do with a row whose old commune was divided among several new ones. */
public enum OnSplit {
    /** Status SPLIT, every candidate listed, the new commune columns left empty (the default). */
    FLAG,
    /**
     * For data about people: where the law moved the whole population of the old commune to one new commune, status
     * RESOLVED with that commune and {@code remap_basis}; the other split rows as with FLAG (docs/splits.md).
     */
    POPULATION,
    /** Status SPLIT, every candidate listed, the new commune columns filled with the release's default candidate. */
    DEFAULT,
    /** The row goes to the rejects file with reason SPLIT. */
    REJECT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
