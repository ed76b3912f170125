package nl.plekwijzer.devstack.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.plekwijzer.devstack.FreePort;
import nl.plekwijzer.devstack.MailServer;

/** A real SMTP server for a service's @QuarkusTests, shared by the test classes of one JVM. */
public class MailTestResource implements QuarkusTestResourceLifecycleManager {

    private static MailServer server;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            try {
                server = MailServer.start(FreePort.find(), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mail-test-resource-stop"));
        }
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(server.smtpPort()));
    }

    @Override
    public void stop() {
        // Shared by all test classes of this JVM; stopped by the shutdown hook.
    }

    /** The messages the server received, for assertions. */
    public static GreenMail greenMail() {
        return server.greenMail();
    }
}
