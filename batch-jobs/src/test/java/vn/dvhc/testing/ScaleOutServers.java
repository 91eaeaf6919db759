package vn.dvhc.testing;

import java.io.InputStream;

import vn.dvhc.infra.DatabaseSettings;

/**
 * The two servers of a scale-out run on one machine, for {@code scripts/bench}: an embedded Artemis broker and an
 * embedded PostgreSQL with a new database. Prints {@code broker=<url>} and {@code db=<jdbc url>} and runs until its
 * standard input closes.
 *
 * <pre>java -cp … vn.dvhc.testing.ScaleOutServers</pre>
 */
public final class ScaleOutServers {

    private ScaleOutServers() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            DatabaseSettings database = TestDatabases.settings(TestDatabases.Kind.POSTGRESQL);
            System.out.println("broker=" + broker.url());
            System.out.println("db=" + database.url());
            System.out.println("user=" + database.user());
            System.out.println("password=" + database.password());
            System.out.flush();
            InputStream in = System.in;
            while (in.read() >= 0) {
                continue;
            }
        }
    }
}
