package nl.plekwijzer.availability.status.messaging;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.availability.status.StatusEvent;
import nl.plekwijzer.availability.status.repository.StatusEventRepository;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.UnreadableEventException;
import nl.plekwijzer.contracts.events.BedStatusReported;

/**
 * Reads status events from {@code bed-status.v1}, whether produced by this service's REST API or
 * straight by a provider system. A message that cannot be read fails with
 * {@link UnreadableEventException} and the connector moves it to {@code bed-status.v1.dlq}.
 */
@ApplicationScoped
public class BedStatusConsumer {

    private static final Logger LOG = Logger.getLogger(BedStatusConsumer.class);

    private final EventReader events;
    private final StatusEventRepository statusEvents;

    public BedStatusConsumer(EventReader events, StatusEventRepository statusEvents) {
        this.events = events;
        this.statusEvents = statusEvents;
    }

    @Incoming("bed-status-in")
    @WithTransaction
    public Uni<Void> consume(String payload) {
        BedStatusReported report = events.read(payload, EventType.BED_STATUS_REPORTED, BedStatusReported.class);
        return statusEvents.recordOnce(toEntity(report))
                .invoke(isNew -> {
                    if (!isNew) {
                        LOG.debugf("Status event %s was applied before; ignored", report.eventId());
                    }
                })
                .replaceWithVoid();
    }

    private static StatusEvent toEntity(BedStatusReported report) {
        StatusEvent event = new StatusEvent();
        event.eventId = report.eventId();
        event.unitId = report.unitId();
        event.occurredAt = report.occurredAt();
        event.receivedAt = OffsetDateTime.now();
        event.availablePlaces = report.availablePlaces();
        event.occupiedPlaces = report.occupiedPlaces();
        event.heldBackPlaces = report.heldBackPlaces() == null ? 0 : report.heldBackPlaces();
        event.light = report.light();
        event.reason = report.reason();
        return event;
    }
}
