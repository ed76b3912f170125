package nl.plekwijzer.notification.channel;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.foundation.messaging.TransientFailures;
import nl.plekwijzer.foundation.persistence.StoredTime;
import nl.plekwijzer.notification.channel.repository.DeliveryRepository;
import nl.plekwijzer.notification.config.NotificationConfig;
import nl.plekwijzer.notification.notice.NotificationRules;

/**
 * Sends what the delivery log holds: e-mails through the SMTP server, webhooks signed with the
 * subscription's secret. A failure is tried again with exponential back-off; after the last try
 * the delivery is kept as a dead letter for an admin to replay. At least once: a delivery claimed
 * by a sender that died goes out again when its lease ends (a webhook receiver recognises it by
 * {@code X-Plekwijzer-Delivery}).
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    /** Small enough that a batch of slow receivers ends well within the lease. */
    private static final int BATCH = 20;

    private final DeliveryRepository deliveries;
    private final ReactiveMailer mailer;
    private final NotificationConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;

    public Dispatcher(DeliveryRepository deliveries, ReactiveMailer mailer, NotificationConfig config, ObjectMapper json,
            Clock clock) {
        this.deliveries = deliveries;
        this.mailer = mailer;
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${plekwijzer.notification.delivery-interval:1s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> deliverDue() {
        OffsetDateTime now = StoredTime.now(clock);
        return TransientFailures.untilNextRun("Delivering notifications", deliveries
                .claimDue(now, now.plus(config.deliveryLease()), BATCH)
                .onItem().transformToMulti(due -> Multi.createFrom().iterable(due))
                .onItem().transformToUni(this::attempt).merge(8)
                .collect().last().replaceWithVoid());
    }

    private Uni<Void> attempt(Delivery delivery) {
        int attempts = delivery.attempts() + 1;
        Uni<Void> sent = Uni.createFrom().deferred(() -> delivery.subscription().channel() == Channel.EMAIL
                ? mail(delivery) : webhook(delivery));
        return sent.onItem().transformToUni(ok -> deliveries.delivered(delivery, attempts, StoredTime.now(clock)))
                .onFailure().recoverWithUni(e -> {
                    boolean dead = Backoff.givenUp(attempts, config.deliveryMaxAttempts());
                    // Our own words for a refusal; for anything else its types only (messages may quote data).
                    String described = e instanceof WebhookRefused ? e.getMessage() : TransientFailures.describe(e);
                    String error = described.length() > 500 ? described.substring(0, 500) : described;
                    if (dead) {
                        LOG.warnf("Delivery %s to a %s given up after %d attempts: %s", delivery.deliveryId(),
                                delivery.subscription().channel(), attempts, error);
                    }
                    return deliveries.failed(delivery, attempts, error,
                            StoredTime.now(clock).plus(Backoff.after(attempts, config.deliveryFirstRetry())), dead);
                });
    }

    private Uni<Void> mail(Delivery delivery) {
        var notification = delivery.notification();
        Mail mail = Mail.withText(delivery.subscription().target(),
                "plekwijzer: " + NotificationRules.title(notification.kind()),
                notification.message() + "\n\n" + link(notification.link()) + "\n\n"
                        + "U ontvangt dit bericht omdat u zich hiervoor in plekwijzer hebt aangemeld.")
                .setFrom(config.mailFrom());
        return mailer.send(mail);
    }

    private Uni<Void> webhook(Delivery delivery) {
        URI target = URI.create(delivery.subscription().target());
        Uni<Void> allowed = config.webhookAllowInsecureTargets() ? Uni.createFrom().voidItem()
                // The name may point elsewhere now than when it was subscribed: resolved again, off the event loop.
                : Uni.createFrom().item(() -> {
                    try {
                        for (InetAddress address : InetAddress.getAllByName(target.getHost())) {
                            if (!SubscriptionRules.isPublic(address)) {
                                throw new WebhookRefused("its host is not a public address");
                            }
                        }
                        return (Void) null;
                    } catch (UnknownHostException e) {
                        throw new WebhookRefused("its host is not known");
                    }
                }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return allowed.chain(() -> post(delivery, target));
    }

    private Uni<Void> post(Delivery delivery, URI target) {
        byte[] body = body(delivery);
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(config.webhookTimeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignature.HEADER, WebhookSignature.of(delivery.subscription().secret(), body))
                .header("X-Plekwijzer-Delivery", delivery.deliveryId().toString())
                .header("X-Plekwijzer-Event", delivery.notification().kind().name())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return Uni.createFrom().completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .map(response -> {
                    if (response.statusCode() / 100 != 2) {
                        throw new WebhookRefused("the receiver answered HTTP " + response.statusCode());
                    }
                    return null;
                });
    }

    private byte[] body(Delivery delivery) {
        var notification = delivery.notification();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deliveryId", delivery.deliveryId());
        body.put("kind", notification.kind());
        body.put("subjectRef", notification.subjectRef());
        body.put("message", notification.message());
        body.put("link", link(notification.link()));
        body.put("createdAt", notification.createdAt());
        try {
            return json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A notification is always JSON", e);
        }
    }

    private String link(String path) {
        return path == null ? config.webBaseUrl() : config.webBaseUrl() + path;
    }

    /** A webhook not taken: the receiver answered other than 2xx, or its address is not allowed. In our words. */
    static final class WebhookRefused extends RuntimeException {

        WebhookRefused(String why) {
            super(why, null, false, false);
        }
    }
}
