package vn.dvhc.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.dvhc.domain.Release;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * The releases and how they follow one another. A conversion starts at a release ({@code --from}) and walks to
 * its successor in force on the as-of date, again and again: {@code pre-2025 → 2025-07-01 → 2026-04-30}. Each
 * release has at most one dated successor (the chain); undated successors sit beside it and are only used
 * when named.
 */
public final class ReleaseChain {

    private final List<Release> releases;

    public ReleaseChain(List<Release> releases) {
        this.releases = List.copyOf(releases);
    }

    public List<Release> releases() {
        return releases;
    }

    public Optional<Release> find(String id) {
        return releases.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Release get(String id) {
        return find(id).orElseThrow(() -> new DvhcException(ErrorCode.REFERENCE_MISSING,
                "no release '" + id + "' in the catalog", null,
                "known releases: " + ids() + "; see 'dvhc reference list'"));
    }

    public String ids() {
        return releases.stream().map(Release::id).collect(Collectors.joining(", "));
    }

    public List<Release> successors(String id) {
        return releases.stream().filter(r -> id.equals(r.predecessorId())).toList();
    }

    public Optional<Release> datedSuccessor(String id) {
        return successors(id).stream().filter(r -> r.effectiveDate() != null).findFirst();
    }

    /**
     * The release conversions start from when {@code --from} is not given: the root of the chain (the one
     * root with dated successors, e.g. {@code pre-2025}).
     */
    public Release defaultStart() {
        List<Release> roots = releases.stream().filter(Release::isRoot).toList();
        List<Release> chained = roots.stream().filter(r -> datedSuccessor(r.id()).isPresent()).toList();
        List<Release> candidates = chained.isEmpty() ? roots : chained;
        if (candidates.size() != 1) {
            throw new DvhcException(candidates.isEmpty() ? ErrorCode.REFERENCE_MISSING : ErrorCode.USAGE,
                    candidates.isEmpty() ? "the catalog has no releases" : "the catalog has several release chains ("
                            + candidates.stream().map(Release::id).collect(Collectors.joining(", ")) + ")",
                    null, "pass --from RELEASE");
        }
        return candidates.get(0);
    }

    /**
     * From {@code fromId} along the chain to the release in force on {@code asOf} (null: the newest),
     * both ends included.
     */
    public List<Release> path(String fromId, LocalDate asOf) {
        List<Release> path = new ArrayList<>();
        Release current = get(fromId);
        path.add(current);
        while (true) {
            Optional<Release> next = datedSuccessor(current.id());
            if (next.isEmpty() || (asOf != null && next.get().effectiveDate().isAfter(asOf))) {
                return path;
            }
            current = next.get();
            path.add(current);
        }
    }

    /** The release in force on a date on the default chain (null: the newest). */
    public Release inForce(LocalDate asOf) {
        List<Release> path = path(defaultStart().id(), asOf);
        return path.get(path.size() - 1);
    }

    /** Releases whose effective date is set, oldest first. */
    public List<Release> dated() {
        return releases.stream().filter(r -> r.effectiveDate() != null)
                .sorted(Comparator.comparing(Release::effectiveDate)).toList();
    }
}
