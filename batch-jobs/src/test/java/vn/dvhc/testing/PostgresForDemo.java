package vn.dvhc.testing;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL of {@code scripts/demo-tables}: the tests' embedded PostgreSQL 17 (zonky; nothing to install, no
 * Docker) with an empty database {@code dancu}. Prints {@code url=…}, {@code user=…}, then {@code ready}, and runs
 * until its standard input closes; the server stops with it. The server trusts connections from this machine, so no
 * password is needed.
 *
 * <pre>java -cp … vn.dvhc.testing.PostgresForDemo</pre>
 */
public final class PostgresForDemo {

    private PostgresForDemo() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres server = TestDatabases.postgres();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE dancu");
        }
        System.out.println("url=jdbc:postgresql://localhost:" + server.getPort() + "/dancu");
        System.out.println("user=postgres");
        System.out.println("ready");
        System.out.flush();
        InputStream in = System.in;
        while (in.read() >= 0) {
            continue;
        }
    }
}
