package vn.dvhc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.dvhc.infra.Database;
import vn.dvhc.testing.TestDatabases;

class SmokeIT {
    @Test
    void h2() {
        long t = System.nanoTime();
        try (Database db = TestDatabases.open(TestDatabases.Kind.H2)) {
            System.out.println("open+migrate ms " + (System.nanoTime() - t) / 1_000_000);
            assertThat(new CatalogRepository(db.dsl()).releases()).hasSize(3);
            long t2 = System.nanoTime();
            LookupResult r = new UnitLookup(new CatalogRepository(db.dsl())).lookup("26740", "pre-2025", null);
            System.out.println("lookup ms " + (System.nanoTime() - t2) / 1_000_000 + " " + r);
        }
    }

    @Test
    void pg() {
        long t = System.nanoTime();
        try (Database db = TestDatabases.open(TestDatabases.Kind.POSTGRESQL)) {
            System.out.println("pg open+migrate ms " + (System.nanoTime() - t) / 1_000_000);
            assertThat(new CatalogRepository(db.dsl()).releases()).hasSize(3);
        }
    }
}
