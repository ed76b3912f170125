package nl.plekwijzer.notification.channel.rest;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.plekwijzer.foundation.persistence.StoredTime;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.problem.Violation;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.notification.channel.Channel;
import nl.plekwijzer.notification.channel.Subscription;
import nl.plekwijzer.notification.channel.SubscriptionRules;
import nl.plekwijzer.notification.channel.repository.SubscriptionRepository;
import nl.plekwijzer.notification.config.NotificationConfig;
import nl.plekwijzer.notification.inbox.Recipients;
import nl.plekwijzer.notification.notice.NotificationKind;

/**
 * The caller's subscriptions: some kinds of what reaches their inbox, also by e-mail or by a
 * signed webhook. A webhook's secret is shown once, in the answer that made it.
 */
@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SubscriptionResource {

    public record SubscriptionRequest(String channel, String target, List<String> events) {
    }

    /** {@code secret} only in the answer that made a webhook subscription. */
    public record SubscriptionResponse(UUID subscriptionId, Channel channel, String target,
            Set<NotificationKind> events, String secret, OffsetDateTime createdAt) {

        static SubscriptionResponse of(Subscription s, boolean withSecret) {
            return new SubscriptionResponse(s.subscriptionId(), s.channel(), s.target(), s.kinds(),
                    withSecret ? s.secret() : null, s.createdAt());
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SubscriptionRepository subscriptions;
    private final Caller caller;
    private final NotificationConfig config;

    public SubscriptionResource(SubscriptionRepository subscriptions, Caller caller, NotificationConfig config) {
        this.subscriptions = subscriptions;
        this.caller = caller;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> subscribe(@Valid @NotNull SubscriptionRequest body) {
        List<Violation> violations = SubscriptionRules.check(body.channel(), body.target(), body.events(),
                config.webhookAllowInsecureTargets());
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        Channel channel = SubscriptionRules.parse(body.channel());
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        body.events().forEach(name -> kinds.add(SubscriptionRules.kind(name)));
        Subscription made = new Subscription(UUID.randomUUID(), caller.id(),
                Recipients.of(caller.id(), caller.roles(), caller.providerId()), channel, body.target().strip(), kinds,
                channel == Channel.WEBHOOK ? secret() : null, StoredTime.now());
        return subscriptions.countOfOwner(caller.id()).flatMap(count -> {
            if (count >= config.maxSubscriptionsPerOwner()) {
                throw Problems.conflict("too-many-subscriptions", "You have " + count
                        + " subscriptions, the most one caller may have; end one first");
            }
            return subscriptions.insert(made);
        }).replaceWith(() -> Response.status(Response.Status.CREATED).entity(SubscriptionResponse.of(made, true))
                .build());
    }

    @GET
    public Uni<List<SubscriptionResponse>> mine() {
        return subscriptions.ofOwner(caller.id())
                .map(list -> list.stream().map(s -> SubscriptionResponse.of(s, false)).toList());
    }

    @DELETE
    @Path("/{subscriptionId}")
    public Uni<Void> unsubscribe(@PathParam("subscriptionId") UUID subscriptionId) {
        return subscriptions.delete(subscriptionId, caller.id()).map(deleted -> {
            if (!deleted) {
                throw Problems.notFound("subscriptionId", "No subscription of yours with subscriptionId '"
                        + subscriptionId + "'");
            }
            return null;
        });
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
