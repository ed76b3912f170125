package nl.plekwijzer.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.jboss.logging.Logger;

/**
 * The infrastructure of the local run: a real Kafka broker and a real PostgreSQL with one
 * database per service, their data kept under one folder so that a second run reuses it, and a
 * real SMTP server whose mail is listed on a plain page. Runs until the JVM is told to stop
 * (SIGTERM, Ctrl-C), then stops them cleanly.
 *
 * <p>Usage: {@code LocalStack <state-dir>}; ports from the system properties
 * {@code kafka.port} (9092), {@code kafka.controller.port} (9093), {@code postgres.port} (5433),
 * {@code smtp.port} (3025), {@code mail.viewer.port} (8025).
 */
public final class LocalStack {

    private static final Logger LOG = Logger.getLogger(LocalStack.class);
    public static final List<String> DATABASES = List.of("availability", "intake", "matching", "notification");

    private LocalStack() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path state = Path.of(args.length > 0 ? args[0] : ".local").toAbsolutePath();
        int kafkaPort = Integer.getInteger("kafka.port", 9092);
        int controllerPort = Integer.getInteger("kafka.controller.port", 9093);
        int postgresPort = Integer.getInteger("postgres.port", 5433);
        int smtpPort = Integer.getInteger("smtp.port", 3025);
        int mailViewerPort = Integer.getInteger("mail.viewer.port", 8025);

        PostgresServer postgres = PostgresServer.start(state.resolve("postgres-binaries"),
                state.resolve("postgres-data"), postgresPort, true, true);
        DATABASES.forEach(postgres::ensureDatabase);
        KafkaServer kafka = KafkaServer.start(kafkaPort, controllerPort, state.resolve("kafka-data"));
        MailServer mail = MailServer.start(smtpPort, mailViewerPort);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping Kafka, PostgreSQL and the SMTP server");
            mail.close();
            kafka.close();
            postgres.close();
            stopped.countDown();
        }, "local-stack-shutdown"));

        Path ready = state.resolve("stack.ready");
        Files.writeString(ready, "kafka=" + kafka.bootstrapServers() + "\npostgres=127.0.0.1:" + postgresPort
                + "\nsmtp=127.0.0.1:" + smtpPort + "\n");
        ready.toFile().deleteOnExit();
        LOG.infof("Local stack ready: Kafka %s, PostgreSQL 127.0.0.1:%d, databases %s, SMTP 127.0.0.1:%d"
                + " (mail listed at http://127.0.0.1:%d/)", kafka.bootstrapServers(), postgresPort, DATABASES, smtpPort,
                mailViewerPort);
        stopped.await();
    }
}
