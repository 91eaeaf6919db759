package vn.dvhc.procedures;

import java.util.ArrayList;
import java.util.List;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Collects the problems of one input file, so that a run reports all of them at once (the first 20), each with
 * its line and column; the exception carries the first one's location and hint.
 */
final class ProblemList {

    static final int LISTED = 20;

    private final List<DvhcException> problems = new ArrayList<>();

    void add(ErrorCode code, Location at, String message, String hint) {
        problems.add(new DvhcException(code, message, at, hint));
    }

    int size() {
        return problems.size();
    }

    void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        DvhcException first = problems.get(0);
        if (problems.size() == 1) {
            throw first;
        }
        StringBuilder message = new StringBuilder(first.getMessage()).append(System.lineSeparator())
                .append("  and ").append(problems.size() - 1).append(problems.size() == 2 ? " more problem:" : " more problems:");
        problems.stream().skip(1).limit(LISTED - 1L)
                .forEach(p -> message.append(System.lineSeparator()).append("  ").append(p.describe()));
        if (problems.size() > LISTED) {
            message.append(System.lineSeparator()).append("  … and ").append(problems.size() - LISTED).append(" more");
        }
        throw new DvhcException(first.code(), message.toString(), first.location(), first.hint());
    }
}
