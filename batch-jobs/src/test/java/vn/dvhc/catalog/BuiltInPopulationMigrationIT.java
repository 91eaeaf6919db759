package vn.dvhc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvhc.jooq.Tables.REF_POPULATION;
import static vn.dvhc.jooq.Tables.REF_RELEASE;

import java.time.Clock;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.dvhc.catalog.format.BundleReader;
import vn.dvhc.catalog.format.SourceFiles;
import vn.dvhc.domain.PopulationTarget;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.ReleaseContent;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.infra.Database;
import vn.dvhc.infra.DatabaseSettings;
import vn.dvhc.sql.SqlDialects;
import vn.dvhc.testing.TestDatabases;

/**
 * The population outcomes of the built-in release 2025-07-01 reach new databases and databases created before
 * V9 alike (migration 9.1), on H2 and PostgreSQL, and leave the catalog consistent.
 */
class BuiltInPopulationMigrationIT {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aNewDatabaseHasThemAndReimportingTheBuiltInBundleChangesNothing(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.open(kind)) {
            CatalogRepository repository = new CatalogRepository(db.dsl());
            assertThat(db.dsl().fetchCount(REF_POPULATION, REF_POPULATION.RELEASE_ID.eq("2025-07-01"))).isEqualTo(60);
            assertThat(repository.release("2025-07-01").orElseThrow().sources()).extracting(s -> s.name())
                    .contains("split-population.csv");
            assertThat(new CatalogVerifier(repository).verify()).allSatisfy(c -> assertThat(c.passed()).as(c.toString()).isTrue());

            ImportReport report = db.dsl().transactionResult(tx -> new ReleaseImporter(new CatalogRepository(tx.dsl()),
                    Clock.systemUTC()).importReleases(new BundleReader(SourceFiles.classpath(BuiltInReleasesMigration.RESOURCES))
                    .read(), ImportOptions.builtInReleases()));
            assertThat(report.releases()).extracting(ImportReport.Outcome::action).containsOnly(ImportReport.Action.UNCHANGED);

            List<Release> path = new ReleaseChain(repository.releases()).path("pre-2025", null);
            PopulationTarget thuyKhue = ConversionTable.build(repository, path).population(new UnitKey(UnitLevel.COMMUNE, "00112"));
            assertThat(thuyKhue.candidate().unit().fullName()).isEqualTo("Phường Tây Hồ");
            assertThat(thuyKhue.basis()).isEqualTo("NSO: toàn bộ dân số");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDatabaseCreatedBeforeV9GetsTheSameCatalogOnItsNextStart(TestDatabases.Kind kind) {
        ReleaseContent fresh;
        List<String> freshSources;
        try (Database db = TestDatabases.open(kind)) {
            CatalogRepository repository = new CatalogRepository(db.dsl());
            fresh = repository.content("2025-07-01");
            freshSources = repository.release("2025-07-01").orElseThrow().sources().stream().map(s -> s.sha256()).toList();
        }
        DatabaseSettings settings = TestDatabases.settings(kind);
        migrateTo(settings, kind, "7");
        try (Database db = Database.open(settings, 2)) {
            CatalogRepository repository = new CatalogRepository(db.dsl());
            assertThat(repository.content("2025-07-01").sameAs(fresh)).isTrue();
            assertThat(repository.release("2025-07-01").orElseThrow().sources()).extracting(s -> s.sha256())
                    .containsExactlyInAnyOrderElementsOf(freshSources);
            assertThat(new CatalogVerifier(repository).verify()).allSatisfy(c -> assertThat(c.passed()).as(c.toString()).isTrue());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aReleaseAnOperatorReplacedIsLeftAsItIs(TestDatabases.Kind kind) {
        DatabaseSettings settings = TestDatabases.settings(kind);
        Flyway flyway = migrateTo(settings, kind, "7");
        try (var connection = flyway.getConfiguration().getDataSource().getConnection()) {
            org.jooq.impl.DSL.using(connection, SqlDialects.of(settings.url()), SqlDialects.jooqSettings())
                    .update(REF_RELEASE).set(REF_RELEASE.BUILT_IN, false).where(REF_RELEASE.ID.eq("2025-07-01")).execute();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        try (Database db = Database.open(settings, 2)) {
            assertThat(db.dsl().fetchCount(REF_POPULATION)).isZero();
        }
    }

    /** The schema as dvhc left it before V9: the same scripts and the built-in releases, up to {@code version}. */
    private static Flyway migrateTo(DatabaseSettings settings, TestDatabases.Kind kind, String version) {
        Flyway flyway = Flyway.configure()
                .dataSource(settings.url(), settings.user(), settings.password())
                .locations("classpath:db/migration", "classpath:db/vendor/"
                        + (kind == TestDatabases.Kind.POSTGRESQL ? "postgresql" : "h2"))
                .javaMigrations(new BuiltInReleasesMigration())
                .table("dvhc_schema_history")
                .target(version)
                .load();
        flyway.migrate();
        return flyway;
    }
}
