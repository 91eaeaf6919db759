package vn.dvhc.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN;
import static vn.dvhc.jooq.Tables.REF_MAPPING;
import static vn.dvhc.jooq.Tables.REF_POPULATION;
import static vn.dvhc.jooq.Tables.REF_RELEASE;
import static vn.dvhc.jooq.Tables.REF_RELEASE_SOURCE;
import static vn.dvhc.jooq.Tables.REF_UNIT;
import static vn.dvhc.jooq.Tables.REF_UNIT_HISTORY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.CatalogVerifier;
import vn.dvhc.infra.Database;
import vn.dvhc.sql.SqlDialects;
import vn.dvhc.testing.TestDatabases;

/**
 * The Flyway migrations on a fresh database of each kind, queried through the classes jOOQ generated from the
 * same scripts: if the generated model and the real schema drift apart, this fails.
 */
class SchemaParityIT {

    private static final int UNIT_HISTORY_ROWS = 1_781;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theGeneratedModelQueriesTheMigratedSchema(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.open(kind)) {
            DSLContext dsl = db.dsl();
            assertThat(dsl.fetchCount(REF_RELEASE)).isEqualTo(3);
            assertThat(dsl.fetchCount(REF_UNIT, REF_UNIT.RELEASE_ID.eq("pre-2025"))).isEqualTo(63 + 696 + 10_035);
            assertThat(dsl.fetchCount(REF_MAPPING, REF_MAPPING.RELEASE_ID.eq("2025-07-01"))).isEqualTo(10_571 + 63);
            assertThat(dsl.fetchCount(REF_POPULATION, REF_POPULATION.RELEASE_ID.eq("2025-07-01"))).isEqualTo(60);
            // Installed by migration 8.1 with its file among the release's sources, as on a database made earlier.
            assertThat(dsl.fetchCount(REF_UNIT_HISTORY, REF_UNIT_HISTORY.RELEASE_ID.eq("pre-2025"))).isEqualTo(UNIT_HISTORY_ROWS);
            assertThat(dsl.fetchCount(REF_RELEASE_SOURCE, REF_RELEASE_SOURCE.RELEASE_ID.eq("pre-2025"))).isEqualTo(4);
            assertThat(dsl.fetchCount(PROCEDURE_RUN)).isZero();
            assertThat(dsl.select(REF_RELEASE.EFFECTIVE_DATE).from(REF_RELEASE).where(REF_RELEASE.ID.eq("2026-04-30"))
                    .fetchOne(REF_RELEASE.EFFECTIVE_DATE)).hasToString("2026-04-30");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theSpringBatchTablesAndTheHistoryAreThere(TestDatabases.Kind kind) throws IOException {
        try (Database db = TestDatabases.open(kind)) {
            DSLContext dsl = db.dsl();
            for (String table : new String[]{"batch_job_instance", "batch_job_execution", "batch_job_execution_params",
                    "batch_step_execution", "batch_step_execution_context", "batch_job_execution_context"}) {
                assertThat(dsl.fetchCount(DSL.table(DSL.name(kind == TestDatabases.Kind.H2 ? table.toUpperCase() : table))))
                        .as(table).isZero();
            }
            // Flyway creates its history table with a quoted lower-case name on both databases.
            Table<?> history = DSL.table(DSL.quotedName("dvhc_schema_history"));
            assertThat(dsl.fetchCount(history, DSL.field(DSL.quotedName("success"), Boolean.class).isFalse())).isZero();
            // Java migrations take a minor version after the script they need (8.1 after V8, 9.1 after V9).
            assertThat(dsl.fetch(DSL.select(DSL.field(DSL.quotedName("version"), String.class)).from(history))
                    .getValues(0, String.class).stream().filter(java.util.Objects::nonNull).map(MigrationVersion::fromVersion)
                    .max(Comparator.naturalOrder())).hasValue(latestMigration());
        }
    }

    private static MigrationVersion latestMigration() throws IOException {
        // The sources, not the class path: integration tests run against the packaged jar.
        Path scripts = Path.of("src/main/resources/db/migration");
        try (Stream<Path> files = Files.list(scripts)) {
            Stream<MigrationVersion> sql = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> MigrationVersion.fromVersion(n.substring(1, n.indexOf("__"))));
            return Stream.concat(sql, Arrays.stream(Migrations.javaMigrations()).map(JavaMigration::getVersion))
                    .max(Comparator.naturalOrder()).orElseThrow();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aDatabaseMadeBeforeTheHistoryTableGetsTheBuiltInHistory(TestDatabases.Kind kind) {
        var settings = TestDatabases.settings(kind);
        Migrations.configure(Flyway.configure().dataSource(settings.url(), settings.user(), settings.password()),
                SqlDialects.of(settings.url())).target("7").load().migrate();
        try (Database db = Database.open(settings, 2)) {
            DSLContext dsl = db.dsl();
            assertThat(dsl.fetchCount(REF_UNIT_HISTORY, REF_UNIT_HISTORY.RELEASE_ID.eq("pre-2025"))).isEqualTo(UNIT_HISTORY_ROWS);
            assertThat(new CatalogVerifier(new CatalogRepository(dsl)).verify()).allMatch(CatalogVerifier.Check::passed);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void openingAgainChangesNothing(TestDatabases.Kind kind) {
        var settings = TestDatabases.settings(kind);
        try (Database first = Database.open(settings, 2)) {
            assertThat(first.dsl().fetchCount(REF_UNIT)).isPositive();
            try (Database second = Database.open(settings, 2)) {
                assertThat(second.dsl().fetchCount(REF_RELEASE)).isEqualTo(3);
            }
        }
    }
}
