package vn.dvhc.domain.agency;

import java.util.Locale;

/** How bad a finding is; {@code --fail-on} names the lowest that fails a run. Most severe first. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** {@code error}, {@code warning}, {@code info}: the word in files and JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) <= 0;
    }
}
