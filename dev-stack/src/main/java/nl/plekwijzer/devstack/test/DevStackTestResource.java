package nl.plekwijzer.devstack.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.plekwijzer.devstack.FreePort;
import nl.plekwijzer.devstack.KafkaServer;
import nl.plekwijzer.devstack.PostgresServer;

/**
 * Starts a real Kafka broker and a real PostgreSQL on free ports for a service's
 * {@code @QuarkusTest}s and points the service at them. Both are started once per test JVM and
 * shared by every test class; each service gets its own database (init arg {@code database}).
 */
public class DevStackTestResource implements QuarkusTestResourceLifecycleManager {

    /** Held so the quieter levels are not lost when JUL drops unreferenced loggers. */
    private static final java.util.logging.Logger KAFKA_LOG = java.util.logging.Logger.getLogger("org.apache.kafka");
    private static final java.util.logging.Logger KAFKA_SERVER_LOG = java.util.logging.Logger.getLogger("kafka");

    private static KafkaServer kafka;
    private static PostgresServer postgres;
    private static Path postgresData;
    private static int postgresPort;

    private String database = "plekwijzer";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        startShared();
        postgres.ensureDatabase(database);
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.datasource.username", PostgresServer.SUPERUSER);
        config.put("quarkus.datasource.password", PostgresServer.PASSWORD);
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(database));
        return config;
    }

    @Override
    public void stop() {
        // Shared by all test classes of this JVM; stopped by the shutdown hook.
    }

    /**
     * Stops the real PostgreSQL (a fast shutdown that drops every connection), for tests of what a
     * service does while its database is away; {@link #startDatabase()} brings it back with its data.
     */
    public static synchronized void stopDatabase() {
        postgres.close();
    }

    /** Starts PostgreSQL again on the same port with the same data, after {@link #stopDatabase()}. */
    public static synchronized void startDatabase() {
        postgres = PostgresServer.start(postgresBinaries(), postgresData, postgresPort, false);
    }

    private static Path postgresBinaries() {
        return Path.of(System.getProperty("java.io.tmpdir"), "plekwijzer-pg-binaries");
    }

    private static synchronized void startShared() {
        if (kafka != null) {
            return;
        }
        KAFKA_LOG.setLevel(Level.WARNING);
        KAFKA_SERVER_LOG.setLevel(Level.WARNING);
        try {
            Path work = Files.createTempDirectory("plekwijzer-test-");
            postgresData = work.resolve("pgdata");
            postgresPort = FreePort.find();
            postgres = PostgresServer.start(postgresBinaries(), postgresData, postgresPort, false);
            kafka = KafkaServer.start(FreePort.find(), FreePort.find(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            postgres.close();
        }, "dev-stack-shutdown"));
    }
}
