package vn.dvhc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvhc.jooq.Tables.REF_RELEASE;
import static vn.dvhc.jooq.Tables.REF_RELEASE_SNAPSHOT;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.dvhc.domain.Release;
import vn.dvhc.domain.ReleaseContent;
import vn.dvhc.infra.Database;
import vn.dvhc.testing.TestDatabases;

/**
 * The catalog snapshot of issue 17 on H2 and PostgreSQL: made by the first read of a release, read instead of the
 * rows while the release is unchanged, never read once the release changed, and replaced when unreadable.
 */
class ReleaseSnapshotIT {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aSnapshotServesOnlyTheReleaseItWasMadeFrom(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.open(kind)) {
            CatalogRepository repository = new CatalogRepository(db.dsl());
            Release release = repository.release("pre-2025").orElseThrow();
            ReleaseContent rows = repository.content("pre-2025");
            assertThat(db.dsl().fetchCount(REF_RELEASE_SNAPSHOT)).isZero();

            assertThat(repository.content(release)).isEqualTo(rows);
            assertThat(db.dsl().fetchValue(REF_RELEASE_SNAPSHOT.CHECKSUM, REF_RELEASE_SNAPSHOT.RELEASE_ID.eq("pre-2025")))
                    .isEqualTo(ReleaseSnapshot.checksum(release));

            // What is in the snapshot is what a command gets, as long as the release is the same ...
            ReleaseContent fewer = new ReleaseContent(rows.units().subList(0, 10), rows.mapping(), rows.aliases(),
                    rows.population());
            setSnapshot(db, ReleaseSnapshot.encode(fewer));
            assertThat(repository.content(release).units()).hasSize(10);
            assertThat(new CatalogVerifier(repository).verify()).filteredOn(c -> !c.passed())
                    .extracting(CatalogVerifier.Check::release, CatalogVerifier.Check::name)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("pre-2025", "snapshot equal to the rows"));

            // ... and never once the release changed (an import writes a new import time and sources).
            db.dsl().update(REF_RELEASE).set(REF_RELEASE.IMPORTED_AT, REF_RELEASE.IMPORTED_AT.plus(1))
                    .where(REF_RELEASE.ID.eq("pre-2025")).execute();
            Release changed = repository.release("pre-2025").orElseThrow();
            assertThat(repository.content(changed)).isEqualTo(rows);
            assertThat(db.dsl().fetch(REF_RELEASE_SNAPSHOT, REF_RELEASE_SNAPSHOT.RELEASE_ID.eq("pre-2025")))
                    .extracting(r -> r.getChecksum()).containsExactly(ReleaseSnapshot.checksum(changed));
            assertThat(repository.content(release)).as("a snapshot of the release before the change is gone")
                    .isEqualTo(rows);

            setSnapshot(db, new byte[]{0, 0, 0, 1, 0x7f});
            assertThat(repository.content(changed)).isEqualTo(rows);
            assertThat(ReleaseSnapshot.decode(db.dsl().fetchValue(REF_RELEASE_SNAPSHOT.CONTENT,
                    REF_RELEASE_SNAPSHOT.RELEASE_ID.eq("pre-2025")))).as("the unreadable snapshot is replaced").isEqualTo(rows);

            List<Release> path = new ReleaseChain(repository.releases()).path("pre-2025", null);
            assertThat(ConversionTable.build(repository, path).to().id()).isEqualTo(path.get(path.size() - 1).id());
            assertThat(db.dsl().fetchCount(REF_RELEASE_SNAPSHOT)).isEqualTo(path.size());
            assertThat(new CatalogVerifier(repository).verify()).allMatch(CatalogVerifier.Check::passed)
                    .filteredOn(c -> c.name().equals("snapshot equal to the rows")).hasSize(path.size());
        }
    }

    private static void setSnapshot(Database db, byte[] content) {
        assertThat(db.dsl().update(REF_RELEASE_SNAPSHOT).set(REF_RELEASE_SNAPSHOT.CONTENT, content)
                .where(REF_RELEASE_SNAPSHOT.RELEASE_ID.eq("pre-2025")).execute()).isEqualTo(1);
    }
}
