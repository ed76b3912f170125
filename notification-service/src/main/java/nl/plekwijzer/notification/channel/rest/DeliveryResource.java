package nl.plekwijzer.notification.channel.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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
import nl.plekwijzer.foundation.security.Roles;
import nl.plekwijzer.notification.channel.Channel;
import nl.plekwijzer.notification.channel.Delivery;
import nl.plekwijzer.notification.channel.repository.DeliveryRepository;
import nl.plekwijzer.notification.notice.NotificationKind;

/** Deliveries given up after their last try (the dead letters), for admins to look at and send again. */
@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeliveryResource {

    /** A dead letter: what, to which channel and target, how often tried, and the last error (no message text). */
    public record DeadLetter(UUID deliveryId, UUID subscriptionId, Channel channel, String target,
            NotificationKind kind, String subjectRef, int attempts, String lastError, OffsetDateTime lastAttemptAt) {

        static DeadLetter of(Delivery d) {
            return new DeadLetter(d.deliveryId(), d.subscription().subscriptionId(), d.subscription().channel(),
                    d.subscription().target(), d.notification().kind(), d.notification().subjectRef(), d.attempts(),
                    d.lastError(), d.nextAttemptAt());
        }
    }

    private final DeliveryRepository deliveries;

    public DeliveryResource(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @Path("/dead")
    public Uni<List<DeadLetter>> dead(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return deliveries.dead(limit).map(list -> list.stream().map(DeadLetter::of).toList());
    }

    /** Sends a dead letter again, with fresh attempts. */
    @POST
    @Path("/{deliveryId}/replay")
    public Uni<Void> replay(@PathParam("deliveryId") UUID deliveryId) {
        return deliveries.replay(deliveryId, StoredTime.now()).map(replayed -> {
            if (!replayed) {
                throw Problems.notFound("deliveryId", "No dead letter with deliveryId '" + deliveryId + "'");
            }
            return null;
        });
    }
}
