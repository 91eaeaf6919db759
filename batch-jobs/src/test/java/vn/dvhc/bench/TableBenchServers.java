package vn.dvhc.bench;

import java.io.InputStream;

import vn.dvhc.infra.DatabaseSettings;
import vn.dvhc.testing.MariaDb;
import vn.dvhc.testing.TestDatabases;

/**
 * The two source databases of the {@code tables} section of {@code scripts/bench}: the embedded PostgreSQL of the
 * tests (zonky) with a new database, and a real MariaDB server ({@link MariaDb}, Debian's {@code mariadbd}) with a
 * new utf8mb4 database. Prints one {@code key=value} per line, then {@code ready}, and runs until its standard input
 * closes; the servers stop with it.
 *
 * <pre>
 * pg=JDBC_URL  pg-user=…  pg-password=…  pg-host=…  pg-port=…  pg-db=…
 * mariadb=JDBC_URL  mariadb-user=…  mariadb-password=…  mariadb-port=…  mariadb-db=…
 * </pre>
 *
 * The MariaDB user's password is the test servers' ({@link MariaDb#PASSWORD}). The MariaDB server runs with the
 * test servers' small buffers unless {@code -Ddvhc.test.mariadb.small=false}.
 *
 * <pre>java -cp … vn.dvhc.bench.TableBenchServers</pre>
 */
public final class TableBenchServers {

    private TableBenchServers() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseSettings pg = TestDatabases.settings(TestDatabases.Kind.POSTGRESQL);
        int pgPort = TestDatabases.postgres().getPort();
        MariaDb.assumeInstalled();
        DatabaseSettings maria = MariaDb.settings();
        System.out.println("pg=" + pg.url());
        System.out.println("pg-user=" + pg.user());
        System.out.println("pg-password=" + pg.password());
        System.out.println("pg-host=localhost");
        System.out.println("pg-port=" + pgPort);
        System.out.println("pg-db=" + database(pg.url()));
        System.out.println("mariadb=" + maria.url());
        System.out.println("mariadb-user=" + maria.user());
        System.out.println("mariadb-password=" + maria.password());
        System.out.println("mariadb-port=" + port(maria.url()));
        System.out.println("mariadb-db=" + database(maria.url()));
        System.out.println("mariadb-version=" + MariaDb.version());
        System.out.println("ready");
        System.out.flush();
        InputStream in = System.in;
        while (in.read() >= 0) {
            continue;
        }
    }

    // jdbc:postgresql://localhost:5432/dvhc1?user=postgres → dvhc1
    private static String database(String url) {
        String rest = url.substring(url.indexOf("//") + 2);
        String path = rest.substring(rest.indexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static String port(String url) {
        String rest = url.substring(url.indexOf("//") + 2);
        String hostPort = rest.substring(0, rest.indexOf('/'));
        return hostPort.substring(hostPort.lastIndexOf(':') + 1);
    }
}
