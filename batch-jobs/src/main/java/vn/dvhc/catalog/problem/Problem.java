package vn.dvhc.catalog.problem;

import vn.dvhc.error.Location;

/** Something wrong (or worth a warning) in reference data, with where it is. */
public record Problem(Severity severity, Location at, String message) {

    public enum Severity { ERROR, WARNING }

    @Override
    public String toString() {
        String where = at == null ? "" : at.toString();
        return where.isEmpty() ? message : where + ": " + message;
    }
}
