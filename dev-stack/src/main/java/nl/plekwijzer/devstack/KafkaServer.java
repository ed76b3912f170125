package nl.plekwijzer.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import nl.plekwijzer.contracts.Topic;

/** A real single-node Kafka broker in KRaft mode, in this JVM, with every plekwijzer topic created. */
public final class KafkaServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaServer.class);
    /** Fixed so that a broker restarted on the same log directory recognises its storage. */
    private static final String CLUSTER_ID = "cGxla3dpanplci1sb2NhbA";

    private final EmbeddedKafkaBroker broker;

    private KafkaServer(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    /**
     * @param logDir where the broker keeps its data; {@code null} for a throw-away directory
     */
    public static KafkaServer start(int port, int controllerPort, Path logDir) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withNodeId(1)
                .withClusterId(CLUSTER_ID)
                .withKafkaHost("127.0.0.1")
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withDeleteLogDirsOnClose(logDir == null)
                .withAdditionalProperties(properties -> {
                    properties.put("offsets.topic.replication.factor", "1");
                    properties.put("transaction.state.log.replication.factor", "1");
                    properties.put("transaction.state.log.min.isr", "1");
                    // One broker on a small machine: 50 partitions per internal topic only slow its start.
                    properties.put("transaction.state.log.num.partitions", "4");
                    properties.put("offsets.topic.num.partitions", "10");
                    properties.put("group.initial.rebalance.delay.ms", "0");
                    properties.put("auto.create.topics.enable", "true");
                    properties.put("num.partitions", "1");
                    if (logDir != null) {
                        properties.put("log.dir", logDir.toAbsolutePath().toString());
                    }
                })
                .start();
        KafkaServer server = new KafkaServer(broker);
        server.createTopics();
        return server;
    }

    public String bootstrapServers() {
        return broker.getAdvertisedListeners().replaceAll("[A-Z_]+://", "");
    }

    /** Creates every topic of {@link Topic} that does not exist yet, with its retention settings. */
    public void createTopics() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (Topic topic : Topic.values()) {
                if (!existing.contains(topic.topicName())) {
                    missing.add(new NewTopic(topic.topicName(), topic.partitions(), (short) 1)
                            .configs(Map.copyOf(topic.retention().config())));
                }
            }
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            LOG.infof("Kafka ready on %s; created %d topics", bootstrapServers(), missing.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create the plekwijzer topics", e);
        }
    }

    @Override
    public void close() {
        broker.close();
    }
}
