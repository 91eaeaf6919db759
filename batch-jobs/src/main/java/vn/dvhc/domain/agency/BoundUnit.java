package vn.dvhc.domain.agency;

import java.util.List;

import vn.dvhc.domain.Unit;
import vn.dvhc.domain.VietnameseText;

/**
 * The administrative unit an agency is bound to, read in its release, and what it is in the release in force.
 *
 * @param release    the release the code was read in: the register's {@code unit_release}, or the newest that
 *                   has the code
 * @param successors the units in force it became; itself when it is in force
 */
record BoundUnit(String release, Unit unit, List<Unit> successors) {

    /** Still the same unit on the as-of date: same level, code and name (a new type, xã → phường, is the same unit). */
    boolean exists() {
        return successors.size() == 1 && successors.get(0).key().equals(unit.key())
                && VietnameseText.fold(successors.get(0).name()).equals(VietnameseText.fold(unit.name()));
    }

    String describe() {
        return unit.fullName() + " (" + unit.code() + ", release " + release + ")";
    }
}
