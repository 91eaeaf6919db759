package vn.dvhc.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * A real Apache Artemis broker in this JVM, listening on a loopback TCP port, for the remote-partitioning tests and
 * benchmarks. In-memory (no journal): a test broker only.
 *
 * <pre>java -cp … vn.dvhc.testing.EmbeddedBroker [PORT]</pre>
 */
public final class EmbeddedBroker implements AutoCloseable {

    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();
    private final int port;

    public EmbeddedBroker(int port) throws Exception {
        this.port = port;
        ConfigurationImpl configuration = new ConfigurationImpl();
        configuration.setPersistenceEnabled(false);
        configuration.setSecurityEnabled(false);
        configuration.setJournalDirectory(System.getProperty("java.io.tmpdir") + "/dvhc-broker-" + port);
        configuration.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port);
        server.setConfiguration(configuration);
        server.start();
    }

    /** A broker on a free port. */
    public static EmbeddedBroker start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return new EmbeddedBroker(port);
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedBroker broker = new EmbeddedBroker(args.length > 0 ? Integer.parseInt(args[0]) : 61616)) {
            System.out.println("broker: " + broker.url());
            new CountDownLatch(1).await();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
