package nl.plekwijzer.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.plekwijzer.contracts.Topic;

class LocalInfrastructureTest {

    private static final java.util.logging.Logger KAFKA_LOG = java.util.logging.Logger.getLogger("org.apache.kafka");
    private static final java.util.logging.Logger KAFKA_SERVER_LOG = java.util.logging.Logger.getLogger("kafka");

    static {
        KAFKA_LOG.setLevel(java.util.logging.Level.WARNING);
        KAFKA_SERVER_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    @TempDir
    Path work;

    @Test
    void postgresKeepsItsDataAcrossARestart() throws Exception {
        Path binaries = Path.of(System.getProperty("java.io.tmpdir"), "plekwijzer-pg-binaries");
        int port = FreePort.find();
        try (PostgresServer postgres = PostgresServer.start(binaries, work.resolve("pg"), port, false)) {
            postgres.ensureDatabase("availability");
            postgres.ensureDatabase("availability");
            execute(postgres.jdbcUrl("availability"), "CREATE TABLE kept (v TEXT); INSERT INTO kept VALUES ('hello')");
        }
        try (PostgresServer postgres = PostgresServer.start(binaries, work.resolve("pg"), port, false)) {
            assertThat(query(postgres.jdbcUrl("availability"), "SELECT v FROM kept")).isEqualTo("hello");
        }
    }

    @Test
    void aPostgresLeftRunningByAKilledLauncherIsStoppedBeforeTheNextStart() throws Exception {
        Path binaries = Path.of(System.getProperty("java.io.tmpdir"), "plekwijzer-pg-binaries");
        int port = FreePort.find();
        PostgresServer orphan = PostgresServer.start(binaries, work.resolve("pg"), port, false);
        try {
            long orphanPid = Long.parseLong(java.nio.file.Files.readAllLines(work.resolve("pg").resolve("postmaster.pid")).get(0));
            try (PostgresServer next = PostgresServer.start(binaries, work.resolve("pg"), port, false)) {
                assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).isEmpty();
                execute(next.jdbcUrl("postgres"), "SELECT 1");
                long nextPid = Long.parseLong(java.nio.file.Files.readAllLines(work.resolve("pg").resolve("postmaster.pid")).get(0));
                assertThat(nextPid).isNotEqualTo(orphanPid);
            }
        } finally {
            orphan.close();
        }
    }

    @Test
    void kafkaHasEveryTopicWithItsRetention() throws Exception {
        try (KafkaServer kafka = KafkaServer.start(FreePort.find(), FreePort.find(), null)) {
            Properties config = new Properties();
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            try (Admin admin = Admin.create(config)) {
                Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
                assertThat(names).containsAll(
                        java.util.Arrays.stream(Topic.values()).map(Topic::topicName).collect(Collectors.toSet()));

                ConfigResource availability = new ConfigResource(ConfigResource.Type.TOPIC, "bed-availability.v1");
                ConfigResource status = new ConfigResource(ConfigResource.Type.TOPIC, "bed-status.v1");
                Map<ConfigResource, Config> configs = admin.describeConfigs(Set.of(availability, status)).all()
                        .get(30, TimeUnit.SECONDS);
                assertThat(configs.get(availability).get("cleanup.policy").value()).isEqualTo("compact");
                assertThat(configs.get(status).get("cleanup.policy").value()).isEqualTo("delete");
                assertThat(admin.describeTopics(Set.of("bed-status.v1")).allTopicNames().get(30, TimeUnit.SECONDS)
                        .get("bed-status.v1").partitions()).hasSize(Topic.BED_STATUS.partitions());
            }
            kafka.createTopics(); // a second run finds them all and creates nothing

            // The services send status batches lz4-compressed; the broker must be able to check them.
            Properties producerConfig = new Properties();
            producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            producerConfig.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
            producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
            producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
                    new StringSerializer())) {
                assertThat(producer.send(new ProducerRecord<>("bed-status.v1", "unit", "{}".repeat(1000)))
                        .get(30, TimeUnit.SECONDS).offset()).isNotNegative();
            }
        }
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.SUPERUSER, PostgresServer.PASSWORD)) {
            connection.createStatement().execute(sql);
        }
    }

    private static String query(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.SUPERUSER, PostgresServer.PASSWORD)) {
            ResultSet result = connection.createStatement().executeQuery(sql);
            result.next();
            return result.getString(1);
        }
    }

}
