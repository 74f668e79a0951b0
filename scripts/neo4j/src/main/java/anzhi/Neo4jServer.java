package anzhi;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A throw-away Neo4j Community server for tests and CI: the embedded database
 * with only the Bolt connector, on 127.0.0.1, with authentication on.
 *
 * <p>Usage: {@code java anzhi.Neo4jServer HOME_DIR PORT}, with the password of
 * user {@code neo4j} in the environment variable {@code ANZHI_NEO4J_PASSWORD}
 * (an environment variable rather than an argument so it does not show in
 * {@code ps}). Prints {@code READY bolt://127.0.0.1:PORT} once Bolt accepts
 * connections with that password; shuts down cleanly on SIGTERM / SIGINT.
 */
public final class Neo4jServer {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Neo4jServer HOME_DIR PORT  (password in $ANZHI_NEO4J_PASSWORD)");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = System.getenv("ANZHI_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            // Neo4j 5 rejects passwords shorter than 8 characters.
            System.err.println("ANZHI_NEO4J_PASSWORD must be set (at least 8 characters)");
            System.exit(2);
        }

        // HOME_DIR holds data/ (the stores, incl. the system database with the
        // users) and logs/debug.log. The embedded builder starts no HTTP server.
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Neo4j locks a user for 5 s after 3 failed logins in a row; turn
                // that off (0) so tests of wrong passwords stay deterministic.
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                // No anonymous usage reports to neo4j.com: tests must not phone home.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Small footprint: the test data is tiny and CI has 2 cores.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                // Bolt waits 5 s + 5 s on shutdown for clients to leave; a test
                // server has none worth waiting for, so stop takes ~2 s, not ~12.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .build();

        // Stop cleanly on SIGTERM/SIGINT so the stores are flushed and the
        // port is released before the process exits.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING");
            dbms.shutdown();
            System.out.println("STOPPED");
            stopped.countDown();
        }, "anzhi-neo4j-shutdown"));

        // A fresh store has user neo4j with the default password "neo4j" that
        // must be changed before use. Embedded transactions bypass auth, so we
        // can set the real password directly on the system database.
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));

        // build() returns once Bolt is started; check the port anyway so READY
        // really means "a client can connect now".
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        }
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();

        // Park the main thread; on SIGTERM the JVM runs the hook above and exits.
        stopped.await();
    }
}
