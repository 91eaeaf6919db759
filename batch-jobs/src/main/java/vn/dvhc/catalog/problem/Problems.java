package vn.dvhc.catalog.problem;

import vn.dvhc.catalog.problem.Problem;

import java.util.ArrayList;
import java.util.List;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/** Collects every problem of an import, so that one run reports all of them, not just the first. */
public final class Problems {

    /** How many problems a message lists before it says "and N more". */
    public static final int LISTED = 20;

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    public void error(Location at, String message) {
        errors.add(new Problem(Problem.Severity.ERROR, at, message));
    }

    public void warning(Location at, String message) {
        warnings.add(new Problem(Problem.Severity.WARNING, at, message));
    }

    public void addAll(Problems other) {
        errors.addAll(other.errors);
        warnings.addAll(other.warnings);
    }

    public List<Problem> errors() {
        return List.copyOf(errors);
    }

    public List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws one exception listing the errors (at most {@link #LISTED}), if there are any. */
    public void throwIfErrors(ErrorCode code, String what, String hint) {
        if (errors.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(what).append(": ").append(errors.size())
                .append(errors.size() == 1 ? " problem" : " problems");
        errors.stream().limit(LISTED).forEach(p -> message.append(System.lineSeparator()).append("  ").append(p));
        if (errors.size() > LISTED) {
            message.append(System.lineSeparator()).append("  … and ").append(errors.size() - LISTED).append(" more");
        }
        throw new DvhcException(code, message.toString(), null, hint);
    }
}
