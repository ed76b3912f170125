package nl.plekwijzer.notification.inbox.rest;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestStreamElementType;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.plekwijzer.foundation.persistence.StoredTime;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.notification.inbox.NotificationStream;
import nl.plekwijzer.notification.inbox.Recipients;
import nl.plekwijzer.notification.inbox.repository.NotificationRepository;

/** The caller's inbox: what was sent to them, to one of their roles or to their provider. */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class NotificationResource {

    private final NotificationRepository notifications;
    private final NotificationStream stream;
    private final Caller caller;

    public NotificationResource(NotificationRepository notifications, NotificationStream stream, Caller caller) {
        this.notifications = notifications;
        this.stream = stream;
        this.caller = caller;
    }

    /** Newest first; {@code unread=true} only those the caller has not read. */
    @GET
    public Uni<List<NotificationResponse>> inbox(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return notifications.newestFor(recipients(), caller.id(), unreadOnly, limit)
                .map(list -> list.stream().map(r -> NotificationResponse.of(r.notification(), r.readAt() != null))
                        .toList());
    }

    /** New notifications as they arrive (Server-Sent Events). */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<NotificationResponse> follow() {
        return stream.to(new HashSet<>(recipients())).map(n -> NotificationResponse.of(n, false));
    }

    /** Marks a notification read for the caller (others who received it keep their own state). */
    @POST
    @Path("/{notificationId}/read")
    public Uni<Void> read(@PathParam("notificationId") UUID notificationId) {
        return notifications.markRead(notificationId, recipients(), caller.id(), StoredTime.now()).map(found -> {
            if (!found) {
                throw Problems.notFound("notificationId", "No notification with notificationId '" + notificationId
                        + "' in your inbox");
            }
            return null;
        });
    }

    private List<String> recipients() {
        return Recipients.of(caller.id(), caller.roles(), caller.providerId());
    }
}
