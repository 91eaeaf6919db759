package vn.dvhc.catalog;

import vn.dvhc.catalog.problem.Problem;

import java.util.List;

/** What an import did, release by release, with the warnings it found. */
public record ImportReport(List<Outcome> releases, List<Problem> warnings) {

    public ImportReport {
        releases = List.copyOf(releases);
        warnings = List.copyOf(warnings);
    }

    /** What happened to one release. */
    public enum Action { CREATED, REPLACED, UNCHANGED }

    /** One release of the import with its counts. */
    public record Outcome(String id, Action action, String predecessor, String effective, long provinces,
                          long districts, long communes, long mappingRows, long splitOldUnits, long aliases) {
    }

    public boolean changedAnything() {
        return releases.stream().anyMatch(r -> r.action() != Action.UNCHANGED);
    }
}
