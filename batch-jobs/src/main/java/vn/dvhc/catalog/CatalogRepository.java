package vn.dvhc.catalog;

import static vn.dvhc.jooq.Tables.REF_ALIAS;
import static vn.dvhc.jooq.Tables.REF_MAPPING;
import static vn.dvhc.jooq.Tables.REF_POPULATION;
import static vn.dvhc.jooq.Tables.REF_RELEASE;
import static vn.dvhc.jooq.Tables.REF_RELEASE_SNAPSHOT;
import static vn.dvhc.jooq.Tables.REF_RELEASE_SOURCE;
import static vn.dvhc.jooq.Tables.REF_UNIT;
import static vn.dvhc.jooq.Tables.REF_UNIT_HISTORY;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.exception.DataAccessException;

import vn.dvhc.domain.CodeAlias;
import vn.dvhc.domain.HistoricalName;
import vn.dvhc.domain.MappingRow;
import vn.dvhc.domain.PopulationOutcome;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.ReleaseContent;
import vn.dvhc.domain.SourceFile;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.domain.VietnameseText;
import vn.dvhc.jooq.tables.records.RefReleaseRecord;

/** All reads and writes of the reference catalog tables. */
public final class CatalogRepository {

    private static final Logger LOG = LogManager.getLogger(CatalogRepository.class);

    private final DSLContext dsl;

    public CatalogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Release> releases() {
        Map<String, List<SourceFile>> sources = new LinkedHashMap<>();
        dsl.selectFrom(REF_RELEASE_SOURCE).orderBy(REF_RELEASE_SOURCE.RELEASE_ID, REF_RELEASE_SOURCE.FILE_NAME)
                .forEach(r -> sources.computeIfAbsent(r.getReleaseId(), k -> new ArrayList<>())
                        .add(new SourceFile(r.getFileName(), r.getSha256(), r.getSizeBytes())));
        return dsl.selectFrom(REF_RELEASE)
                .orderBy(REF_RELEASE.EFFECTIVE_DATE.asc().nullsFirst(), REF_RELEASE.IMPORTED_AT, REF_RELEASE.ID)
                .fetch(r -> toRelease(r, sources.getOrDefault(r.getId(), List.of())));
    }

    public Optional<Release> release(String id) {
        return releases().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The content of a release as just read by {@link #releases}, from its snapshot when the snapshot was made
     * from the release as it is now; otherwise from its rows, keeping a new snapshot for the next command.
     */
    public ReleaseContent content(Release release) {
        String checksum = ReleaseSnapshot.checksum(release);
        Optional<ReleaseContent> kept = snapshot(release, checksum);
        if (kept.isPresent()) {
            return kept.get();
        }
        ReleaseContent content = content(release.id());
        keepSnapshot(release, checksum, content);
        return content;
    }

    /** The snapshot kept of the release as it is now, if there is a readable one ({@code reference verify}). */
    Optional<ReleaseContent> snapshot(Release release) {
        return snapshot(release, ReleaseSnapshot.checksum(release));
    }

    private Optional<ReleaseContent> snapshot(Release release, String checksum) {
        byte[] bytes = dsl.select(REF_RELEASE_SNAPSHOT.CONTENT).from(REF_RELEASE_SNAPSHOT)
                .where(REF_RELEASE_SNAPSHOT.RELEASE_ID.eq(release.id()), REF_RELEASE_SNAPSHOT.CHECKSUM.eq(checksum))
                .fetchOne(REF_RELEASE_SNAPSHOT.CONTENT);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReleaseSnapshot.decode(bytes));
        } catch (IllegalArgumentException e) {
            LOG.warn("the catalog snapshot of release {} is unreadable ({}); reading its rows", release.id(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    // Kept only if the release did not change while its rows were read (a concurrent import): the checksum read
    // again after the rows must be the one read before them. A snapshot that cannot be written costs the next
    // command the rows again, nothing else; two commands writing the same one at once are both right.
    private void keepSnapshot(Release release, String checksum, ReleaseContent content) {
        Optional<Release> now = release(release.id());
        if (now.isEmpty() || !ReleaseSnapshot.checksum(now.get()).equals(checksum)) {
            return;
        }
        try {
            dsl.deleteFrom(REF_RELEASE_SNAPSHOT).where(REF_RELEASE_SNAPSHOT.RELEASE_ID.eq(release.id())).execute();
            dsl.insertInto(REF_RELEASE_SNAPSHOT, REF_RELEASE_SNAPSHOT.RELEASE_ID, REF_RELEASE_SNAPSHOT.CHECKSUM,
                    REF_RELEASE_SNAPSHOT.CONTENT).values(release.id(), checksum, ReleaseSnapshot.encode(content))
                    .onConflictDoNothing().execute();
        } catch (DataAccessException e) {
            LOG.info("the catalog snapshot of release {} was not kept: {}", release.id(), e.getMessage());
        }
    }

    /** The content of a release from its rows. */
    public ReleaseContent content(String releaseId) {
        List<Unit> units = dsl.selectFrom(REF_UNIT).where(REF_UNIT.RELEASE_ID.eq(releaseId))
                .orderBy(REF_UNIT.UNIT_LEVEL.desc(), REF_UNIT.CODE)
                .fetch(r -> new Unit(UnitLevel.valueOf(r.getUnitLevel()), r.getCode(), r.getName(), r.getUnitType(),
                        r.getParentCode(), r.getProvinceCode()));
        List<MappingRow> mapping = dsl.selectFrom(REF_MAPPING).where(REF_MAPPING.RELEASE_ID.eq(releaseId))
                .orderBy(REF_MAPPING.SEQ).fetch(CatalogRepository::toMapping);
        List<CodeAlias> aliases = dsl.selectFrom(REF_ALIAS).where(REF_ALIAS.RELEASE_ID.eq(releaseId))
                .orderBy(REF_ALIAS.ALIAS_CODE)
                .fetch(r -> new CodeAlias(UnitLevel.valueOf(r.getUnitLevel()), r.getAliasCode(), r.getCode(), r.getNote()));
        List<PopulationOutcome> population = dsl.selectFrom(REF_POPULATION).where(REF_POPULATION.RELEASE_ID.eq(releaseId))
                .orderBy(REF_POPULATION.OLD_CODE)
                .fetch(r -> new PopulationOutcome(r.getOldCode(), r.getNewCode(), r.getBasis(), r.getNsoNote(),
                        r.getResolution(), r.getResolutionText()));
        return new ReleaseContent(units, mapping, aliases, population);
    }

    public Optional<Unit> unit(String releaseId, UnitKey key) {
        return dsl.selectFrom(REF_UNIT)
                .where(REF_UNIT.RELEASE_ID.eq(releaseId), REF_UNIT.UNIT_LEVEL.eq(key.level().name()),
                        REF_UNIT.CODE.eq(key.code()))
                .fetchOptional(r -> new Unit(key.level(), r.getCode(), r.getName(), r.getUnitType(), r.getParentCode(),
                        r.getProvinceCode()));
    }

    /** Units whose folded full name contains the folded query, exact matches first. */
    public List<Unit> search(String releaseId, String query, int limit) {
        String key = VietnameseText.fold(query);
        String pattern = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return dsl.selectFrom(REF_UNIT)
                .where(REF_UNIT.RELEASE_ID.eq(releaseId), REF_UNIT.SEARCH_KEY.like(pattern, '\\'))
                .orderBy(REF_UNIT.UNIT_LEVEL, REF_UNIT.CODE)
                .limit(limit)
                .fetch(r -> new Unit(UnitLevel.valueOf(r.getUnitLevel()), r.getCode(), r.getName(), r.getUnitType(),
                        r.getParentCode(), r.getProvinceCode()));
    }

    public Optional<CodeAlias> alias(String releaseId, UnitKey key) {
        return dsl.selectFrom(REF_ALIAS)
                .where(REF_ALIAS.RELEASE_ID.eq(releaseId), REF_ALIAS.UNIT_LEVEL.eq(key.level().name()),
                        REF_ALIAS.ALIAS_CODE.eq(key.code()))
                .fetchOptional(r -> new CodeAlias(key.level(), r.getAliasCode(), r.getCode(), r.getNote()));
    }

    /** The historical names of a release's units, in the order of their file (empty when it has none). */
    public List<HistoricalName> history(String releaseId) {
        return dsl.selectFrom(REF_UNIT_HISTORY).where(REF_UNIT_HISTORY.RELEASE_ID.eq(releaseId))
                .orderBy(REF_UNIT_HISTORY.SEQ)
                .fetch(r -> new HistoricalName(UnitLevel.valueOf(r.getUnitLevel()), r.getCode(), r.getUnitType(),
                        r.getName(), r.getDistrictCode(), r.getProvinceCode(), r.getLastListed(),
                        HistoricalName.Change.valueOf(r.getChangeKind()), List.of(r.getSuccessors().split("\\|")),
                        r.getBasis(), r.getSource()));
    }

    /**
     * Replaces the historical names of a release. Kept apart from {@link #insert}: the built-in releases are
     * installed by migration 3, before this table exists (migration 8), and get their history from migration 8.1.
     */
    public void replaceHistory(String releaseId, List<HistoricalName> history) {
        dsl.deleteFrom(REF_UNIT_HISTORY).where(REF_UNIT_HISTORY.RELEASE_ID.eq(releaseId)).execute();
        BatchBindStep rows = dsl.batch(dsl.insertInto(REF_UNIT_HISTORY, REF_UNIT_HISTORY.RELEASE_ID,
                REF_UNIT_HISTORY.SEQ, REF_UNIT_HISTORY.UNIT_LEVEL, REF_UNIT_HISTORY.CODE, REF_UNIT_HISTORY.UNIT_TYPE,
                REF_UNIT_HISTORY.NAME, REF_UNIT_HISTORY.DISTRICT_CODE, REF_UNIT_HISTORY.PROVINCE_CODE,
                REF_UNIT_HISTORY.LAST_LISTED, REF_UNIT_HISTORY.CHANGE_KIND, REF_UNIT_HISTORY.SUCCESSORS,
                REF_UNIT_HISTORY.BASIS, REF_UNIT_HISTORY.SOURCE)
                .values((String) null, null, null, null, null, null, null, null, null, null, null, null, null));
        int seq = 0;
        for (HistoricalName h : history) {
            rows.bind(releaseId, seq++, h.level().name(), h.code(), h.type(), h.name(), h.districtCode(),
                    h.provinceCode(), h.lastListed(), h.change().name(), String.join("|", h.successors()), h.basis(),
                    h.source());
        }
        execute(rows);
    }

    /** Records one more source file of a release, such as its history file installed after the release. */
    public void addSource(String releaseId, SourceFile source) {
        dsl.insertInto(REF_RELEASE_SOURCE, REF_RELEASE_SOURCE.RELEASE_ID, REF_RELEASE_SOURCE.FILE_NAME,
                REF_RELEASE_SOURCE.SHA256, REF_RELEASE_SOURCE.SIZE_BYTES)
                .values(releaseId, source.name(), source.sha256(), source.bytes()).execute();
    }

    /** Unit counts of a release: level → type → count, and per province: province → type → count. */
    public List<Record3<String, String, Integer>> countsByLevelAndType(String releaseId) {
        return dsl.select(REF_UNIT.UNIT_LEVEL, REF_UNIT.UNIT_TYPE, org.jooq.impl.DSL.count())
                .from(REF_UNIT).where(REF_UNIT.RELEASE_ID.eq(releaseId))
                .groupBy(REF_UNIT.UNIT_LEVEL, REF_UNIT.UNIT_TYPE)
                .orderBy(REF_UNIT.UNIT_LEVEL.desc(), REF_UNIT.UNIT_TYPE)
                .fetch();
    }

    public List<Record3<String, String, Integer>> communeCountsByProvinceAndType(String releaseId) {
        return dsl.select(REF_UNIT.PROVINCE_CODE, REF_UNIT.UNIT_TYPE, org.jooq.impl.DSL.count())
                .from(REF_UNIT)
                .where(REF_UNIT.RELEASE_ID.eq(releaseId), REF_UNIT.UNIT_LEVEL.eq(UnitLevel.COMMUNE.name()))
                .groupBy(REF_UNIT.PROVINCE_CODE, REF_UNIT.UNIT_TYPE)
                .orderBy(REF_UNIT.PROVINCE_CODE, REF_UNIT.UNIT_TYPE)
                .fetch();
    }

    /** Inserts a new release with its content. */
    public void insert(Release release, ReleaseContent content) {
        RefReleaseRecord record = dsl.newRecord(REF_RELEASE);
        record.setId(release.id());
        fill(record, release);
        record.insert();
        insertContent(release, content);
    }

    /** Replaces a release's attributes and content in place (its successors keep pointing at it). */
    public void replace(Release release, ReleaseContent content) {
        deleteContent(release.id());
        RefReleaseRecord record = dsl.fetchSingle(REF_RELEASE, REF_RELEASE.ID.eq(release.id()));
        fill(record, release);
        record.update();
        insertContent(release, content);
    }

    private void fill(RefReleaseRecord record, Release release) {
        record.setTitle(release.title());
        record.setPredecessorId(release.predecessorId());
        record.setEffectiveDate(release.effectiveDate());
        record.setSourceFormat(release.format());
        record.setBuiltIn(release.builtIn());
        record.setImportedAt(LocalDateTime.ofInstant(release.importedAt(), ZoneOffset.UTC));
    }

    /**
     * Adds population outcomes and the file they came from to a release already in the catalog: how the built-in
     * release {@code 2025-07-01}, installed before the table existed, gets its own (BuiltInPopulationMigration).
     */
    public void addPopulation(String releaseId, SourceFile source, List<PopulationOutcome> population) {
        dsl.insertInto(REF_RELEASE_SOURCE, REF_RELEASE_SOURCE.RELEASE_ID, REF_RELEASE_SOURCE.FILE_NAME,
                REF_RELEASE_SOURCE.SHA256, REF_RELEASE_SOURCE.SIZE_BYTES)
                .values(releaseId, source.name(), source.sha256(), source.bytes()).execute();
        insertPopulation(releaseId, population);
    }

    private void deleteContent(String id) {
        dsl.deleteFrom(REF_RELEASE_SOURCE).where(REF_RELEASE_SOURCE.RELEASE_ID.eq(id)).execute();
        dsl.deleteFrom(REF_POPULATION).where(REF_POPULATION.RELEASE_ID.eq(id)).execute();
        dsl.deleteFrom(REF_ALIAS).where(REF_ALIAS.RELEASE_ID.eq(id)).execute();
        dsl.deleteFrom(REF_MAPPING).where(REF_MAPPING.RELEASE_ID.eq(id)).execute();
        dsl.deleteFrom(REF_UNIT).where(REF_UNIT.RELEASE_ID.eq(id)).execute();
    }

    private void insertContent(Release release, ReleaseContent content) {
        String id = release.id();
        BatchBindStep sources = dsl.batch(dsl.insertInto(REF_RELEASE_SOURCE,
                REF_RELEASE_SOURCE.RELEASE_ID, REF_RELEASE_SOURCE.FILE_NAME, REF_RELEASE_SOURCE.SHA256,
                REF_RELEASE_SOURCE.SIZE_BYTES).values((String) null, null, null, null));
        release.sources().forEach(s -> sources.bind(id, s.name(), s.sha256(), s.bytes()));
        execute(sources);

        BatchBindStep units = dsl.batch(dsl.insertInto(REF_UNIT, REF_UNIT.RELEASE_ID, REF_UNIT.UNIT_LEVEL,
                REF_UNIT.CODE, REF_UNIT.NAME, REF_UNIT.UNIT_TYPE, REF_UNIT.PARENT_CODE, REF_UNIT.PROVINCE_CODE,
                REF_UNIT.SEARCH_KEY).values((String) null, null, null, null, null, null, null, null));
        for (Unit u : content.units()) {
            units.bind(id, u.level().name(), u.code(), u.name(), u.type(), u.parentCode(), u.provinceCode(),
                    VietnameseText.fold(u.fullName()));
        }
        execute(units);

        BatchBindStep mapping = dsl.batch(dsl.insertInto(REF_MAPPING, REF_MAPPING.RELEASE_ID, REF_MAPPING.SEQ,
                REF_MAPPING.OLD_LEVEL, REF_MAPPING.OLD_CODE, REF_MAPPING.NEW_CODE, REF_MAPPING.SPLIT,
                REF_MAPPING.IS_DEFAULT, REF_MAPPING.NOTE, REF_MAPPING.DEFAULT_BASIS)
                .values((String) null, null, null, null, null, null, null, null, null));
        int seq = 0;
        for (MappingRow m : content.mapping()) {
            mapping.bind(id, seq++, m.oldLevel().name(), m.oldCode(), m.newCode(), m.split(), m.isDefault(),
                    m.note() == null ? "" : m.note(), m.defaultBasis() == null ? "" : m.defaultBasis());
        }
        execute(mapping);

        BatchBindStep aliases = dsl.batch(dsl.insertInto(REF_ALIAS, REF_ALIAS.RELEASE_ID, REF_ALIAS.UNIT_LEVEL,
                REF_ALIAS.ALIAS_CODE, REF_ALIAS.CODE, REF_ALIAS.NOTE).values((String) null, null, null, null, null));
        content.aliases().forEach(a -> aliases.bind(id, a.level().name(), a.aliasCode(), a.code(), a.note()));
        execute(aliases);
        insertPopulation(id, content.population());
    }

    private void insertPopulation(String id, List<PopulationOutcome> population) {
        BatchBindStep rows = dsl.batch(dsl.insertInto(REF_POPULATION, REF_POPULATION.RELEASE_ID,
                REF_POPULATION.OLD_CODE, REF_POPULATION.NEW_CODE, REF_POPULATION.BASIS, REF_POPULATION.NSO_NOTE,
                REF_POPULATION.RESOLUTION, REF_POPULATION.RESOLUTION_TEXT)
                .values((String) null, null, null, null, null, null, null));
        population.forEach(p -> rows.bind(id, p.oldCommuneCode(), p.newCommuneCode(), p.basis(), p.nsoNote(),
                p.resolution(), p.resolutionText()));
        execute(rows);
    }

    private static void execute(BatchBindStep batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static MappingRow toMapping(Record r) {
        return new MappingRow(UnitLevel.valueOf(r.get(REF_MAPPING.OLD_LEVEL)), r.get(REF_MAPPING.OLD_CODE),
                r.get(REF_MAPPING.NEW_CODE), r.get(REF_MAPPING.SPLIT), r.get(REF_MAPPING.IS_DEFAULT),
                r.get(REF_MAPPING.NOTE), r.get(REF_MAPPING.DEFAULT_BASIS));
    }

    private static Release toRelease(RefReleaseRecord r, List<SourceFile> sources) {
        return new Release(r.getId(), r.getTitle(), r.getPredecessorId(), r.getEffectiveDate(), r.getSourceFormat(),
                r.getBuiltIn(), r.getImportedAt().toInstant(ZoneOffset.UTC), sources);
    }
}
