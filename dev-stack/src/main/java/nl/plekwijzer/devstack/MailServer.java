package nl.plekwijzer.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;

/**
 * A real SMTP server (GreenMail) that keeps every message in memory, and, for people, a plain page
 * listing them ({@code http://127.0.0.1:<viewer port>/}), newest first.
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;
    private final HttpServer viewer;

    private MailServer(GreenMail greenMail, HttpServer viewer) {
        this.greenMail = greenMail;
        this.viewer = viewer;
    }

    /** @param viewerPort 0 for no viewer */
    public static MailServer start(int smtpPort, int viewerPort) throws IOException {
        GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        HttpServer viewer = null;
        if (viewerPort > 0) {
            viewer = HttpServer.create(new InetSocketAddress("127.0.0.1", viewerPort), 0);
            viewer.createContext("/", exchange -> {
                byte[] page = page(greenMail).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page);
                }
            });
            viewer.setExecutor(Executors.newSingleThreadExecutor());
            viewer.start();
        }
        return new MailServer(greenMail, viewer);
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    private static String page(GreenMail greenMail) {
        Message[] messages = greenMail.getReceivedMessages();
        StringBuilder page = new StringBuilder("plekwijzer: e-mail received by the local SMTP server (")
                .append(messages.length).append(")\n\n");
        for (int i = messages.length - 1; i >= 0; i--) {
            try {
                page.append("To: ").append(String.join(", ", java.util.Arrays.stream(messages[i].getAllRecipients())
                        .map(Object::toString).toList())).append('\n')
                        .append("Subject: ").append(messages[i].getSubject()).append('\n')
                        .append("Sent: ").append(messages[i].getSentDate()).append("\n\n")
                        .append(GreenMailUtil.getBody(messages[i]).strip()).append("\n\n----\n\n");
            } catch (MessagingException e) {
                page.append("(a message that cannot be read)\n\n");
            }
        }
        return page.toString();
    }

    @Override
    public void close() {
        if (viewer != null) {
            viewer.stop(0);
        }
        greenMail.stop();
    }
}
