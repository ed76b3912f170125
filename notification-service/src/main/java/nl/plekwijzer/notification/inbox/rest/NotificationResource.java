package nl.plekwijzer.notification.inbox.rest;

import java.util.List;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.plekwijzer.notification.inbox.Recipients;
import nl.plekwijzer.notification.inbox.repository.NotificationRepository;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final NotificationRepository notifications;
    private final SecurityIdentity caller;
    private final JsonWebToken token;

    public NotificationResource(NotificationRepository notifications, SecurityIdentity caller, JsonWebToken token) {
        this.notifications = notifications;
        this.caller = caller;
        this.token = token;
    }

    /** The caller's inbox, newest first. */
    @GET
    @Authenticated
    public Uni<List<NotificationResponse>> inbox(
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        List<String> recipients = Recipients.of(token.getSubject(), caller.getRoles(),
                token.getClaim("provider_id"));
        return notifications.newestFor(recipients, limit)
                .map(list -> list.stream().map(NotificationResponse::of).toList());
    }
}
