package vn.dvhc.catalog.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.dvhc.catalog.problem.Problems;
import vn.dvhc.domain.CodeAlias;
import vn.dvhc.domain.HistoricalName;
import vn.dvhc.domain.MappingRow;
import vn.dvhc.domain.PopulationOutcome;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.ReleaseContent;
import vn.dvhc.domain.SourceFile;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.error.Location;

/**
 * A release as read from files, before validation: its rows keep the lines they came from, and the problems
 * found while reading travel with it. The importer resolves the predecessor, validates and writes.
 */
public final class ReleaseDraft {

    private String id;
    private final String title;
    private final String format;
    private String predecessorId;
    private LocalDate effectiveDate;
    private LocalDate statedDate;
    private boolean deriveProvinceMapping;
    private final List<SourceFile> sources = new ArrayList<>();
    private final List<Sourced<Unit>> units = new ArrayList<>();
    private final List<Sourced<MappingRow>> mapping = new ArrayList<>();
    private final List<Sourced<CodeAlias>> aliases = new ArrayList<>();
    private final List<Sourced<PopulationOutcome>> population = new ArrayList<>();
    private final List<Sourced<HistoricalName>> history = new ArrayList<>();
    private final List<StatedProvince> statedProvinces = new ArrayList<>();
    private final Problems problems = new Problems();

    public ReleaseDraft(String id, String title, String format) {
        this.id = id;
        this.title = title;
        this.format = format;
    }

    /** A release already in the catalog, as a draft again (for {@code reference verify}); rows have no lines. */
    public static ReleaseDraft fromCatalog(Release release, ReleaseContent content) {
        ReleaseDraft draft = new ReleaseDraft(release.id(), release.title(), release.format());
        draft.predecessorId(release.predecessorId());
        draft.effectiveDate(release.effectiveDate());
        draft.sources().addAll(release.sources());
        Location at = Location.of("catalog release " + release.id(), 0);
        content.units().forEach(u -> draft.units().add(new Sourced<>(u, at)));
        content.mapping().forEach(m -> draft.mapping().add(new Sourced<>(m, at)));
        content.aliases().forEach(a -> draft.aliases().add(new Sourced<>(a, at)));
        content.population().forEach(p -> draft.population().add(new Sourced<>(p, at)));
        return draft;
    }

    /** An old unit's province as a source file states it, checked against the predecessor on import. */
    public record StatedProvince(UnitKey oldUnit, String provinceCode, String provinceCell, Location at) {
    }

    public String id() {
        return id;
    }

    public void id(String newId) {
        this.id = newId;
    }

    public String title() {
        return title;
    }

    public String format() {
        return format;
    }

    /** Null until resolved: the importer then picks the release in force the day before. */
    public String predecessorId() {
        return predecessorId;
    }

    public void predecessorId(String value) {
        this.predecessorId = value;
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public void effectiveDate(LocalDate value) {
        this.effectiveDate = value;
    }

    /** The date the file itself names (the NSO table's "từ ngày 01/7/2025"), used to find its predecessor. */
    public LocalDate statedDate() {
        return statedDate;
    }

    public void statedDate(LocalDate value) {
        this.statedDate = value;
    }

    /** True when the file maps communes but not provinces: the importer derives the province pairs. */
    public boolean deriveProvinceMapping() {
        return deriveProvinceMapping;
    }

    public void deriveProvinceMapping(boolean value) {
        this.deriveProvinceMapping = value;
    }

    public List<SourceFile> sources() {
        return sources;
    }

    public List<Sourced<Unit>> units() {
        return units;
    }

    public List<Sourced<MappingRow>> mapping() {
        return mapping;
    }

    public List<Sourced<CodeAlias>> aliases() {
        return aliases;
    }

    /** Where the population of split old communes went, where a source decides it (docs/splits.md). */
    public List<Sourced<PopulationOutcome>> population() {
        return population;
    }

    /** Historical names of the release's units (the bundle's {@code unit-history.csv}), in file order. */
    public List<Sourced<HistoricalName>> history() {
        return history;
    }

    public List<HistoricalName> historyValues() {
        return history.stream().map(Sourced::value).toList();
    }

    public List<StatedProvince> statedProvinces() {
        return statedProvinces;
    }

    public Problems problems() {
        return problems;
    }

    public boolean carriesMapping() {
        return !mapping.isEmpty();
    }

    public ReleaseContent content() {
        return new ReleaseContent(units.stream().map(Sourced::value).toList(),
                mapping.stream().map(Sourced::value).toList(),
                aliases.stream().map(Sourced::value).toList(),
                population.stream().map(Sourced::value).toList());
    }
}
