package vn.dvhc.testing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import vn.dvhc.infra.BatchInfraConfig;
import vn.dvhc.infra.Database;

/**
 * What a job needs to run in a {@code @SpringBatchTest}: the batch infrastructure of the product on a new, migrated
 * database (schema and built-in releases) of each kind. A job test lists one of these beside the job's configuration.
 */
public final class JobInfra {

    private JobInfra() {
    }

    /** An in-memory H2 database of its own. */
    @Configuration(proxyBeanMethods = false)
    @Import(BatchInfraConfig.class)
    public static class OnH2 {
        @Bean(destroyMethod = "close")
        public Database database() {
            return TestDatabases.open(TestDatabases.Kind.H2);
        }
    }

    /** A new database on the embedded PostgreSQL server. */
    @Configuration(proxyBeanMethods = false)
    @Import(BatchInfraConfig.class)
    public static class OnPostgreSQL {
        @Bean(destroyMethod = "close")
        public Database database() {
            return TestDatabases.open(TestDatabases.Kind.POSTGRESQL);
        }
    }
}
