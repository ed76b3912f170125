package nl.plekwijzer.matching.placement.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.events.PlacementEvent;
import nl.plekwijzer.foundation.outbox.Outbox;
import nl.plekwijzer.foundation.outbox.OutboxRelay;
import nl.plekwijzer.foundation.persistence.PgSql;
import nl.plekwijzer.foundation.persistence.StoredTime;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.matching.placement.Placement;
import nl.plekwijzer.matching.placement.PlacementEvents;
import nl.plekwijzer.matching.placement.repository.PlacementRepository;
import nl.plekwijzer.matching.proposal.service.HeldPlaces;

/** Ending a placement: its provider or a coordinator records when, where the youth went and why; the place is free. */
@ApplicationScoped
public class PlacementService {

    private final Pool pool;
    private final PlacementRepository placements;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final HeldPlaces holds;
    private final Clock clock;

    public PlacementService(Pool pool, PlacementRepository placements, Outbox outbox, OutboxRelay relay,
            HeldPlaces holds, Clock clock) {
        this.pool = pool;
        this.placements = placements;
        this.outbox = outbox;
        this.relay = relay;
        this.holds = holds;
        this.clock = clock;
    }

    /** @param endedOn null for today */
    public Uni<Placement> end(UUID placementId, LocalDate endedOn, Placement.Destination destination, String reason,
            Caller caller) {
        return placements.find(placementId).flatMap(found -> {
            if (found == null) {
                throw Problems.notFound("placementId", "No placement with placementId '" + placementId + "'");
            }
            if (!caller.isCoordinatorOrAdmin()) {
                caller.requireActsFor(found.providerId(), "end placements in units");
            }
            if (found.state() != Placement.State.ACTIVE) {
                throw Problems.conflict("placement-not-active", "The placement has ended already");
            }
            OffsetDateTime now = StoredTime.now(clock);
            LocalDate end = endedOn == null ? now.toLocalDate() : endedOn;
            if (end.isAfter(now.toLocalDate())) {
                throw Problems.invalid("endedOn", "must not be in the future: end a placement when it has ended");
            }
            if (found.startDate() != null && end.isBefore(found.startDate())) {
                throw Problems.invalid("endedOn", "must not be before the placement's start (" + found.startDate() + ")");
            }
            return pool.withTransaction(tx -> placements.end(tx, placementId, end, destination, reason,
                    caller.userName()).flatMap(ended -> {
                        if (ended == null) {
                            throw Problems.conflict("placement-not-active", "The placement has ended already");
                        }
                        // Only the destination goes on Kafka: the reason is free text.
                        return outbox.add(PgSql.of(tx), List.of(PlacementEvents.of(PlacementEvent.Type.ENDED,
                                ended, destination.name(), now))).replaceWith(ended);
                    }))
                    .invoke(relay::wake)
                    .call(ended -> holds.refresh(Set.of(), Set.of(ended.unitId())));
        });
    }
}
