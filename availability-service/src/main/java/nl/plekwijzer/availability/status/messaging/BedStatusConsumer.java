package nl.plekwijzer.availability.status.messaging;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.availability.status.StatusEvent;
import nl.plekwijzer.availability.status.repository.StatusEventRepository;
import nl.plekwijzer.contracts.events.BedStatusReported;

/**
 * Reads status events from {@code bed-status.v1}, whether produced by this service's REST API or
 * straight by a provider system. A message that cannot be read fails with
 * {@link PoisonMessageException} and the connector moves it to {@code bed-status.v1.dlq}.
 */
@ApplicationScoped
public class BedStatusConsumer {

    private static final Logger LOG = Logger.getLogger(BedStatusConsumer.class);

    private final ObjectMapper json;
    private final StatusEventRepository statusEvents;

    public BedStatusConsumer(ObjectMapper json, StatusEventRepository statusEvents) {
        this.json = json;
        this.statusEvents = statusEvents;
    }

    @Incoming("bed-status-in")
    @WithTransaction
    public Uni<Void> consume(String payload) {
        BedStatusReported report = parse(payload);
        return statusEvents.recordOnce(toEntity(report))
                .invoke(isNew -> {
                    if (!isNew) {
                        LOG.debugf("Status event %s was applied before; ignored", report.eventId());
                    }
                })
                .replaceWithVoid();
    }

    BedStatusReported parse(String payload) {
        BedStatusReported report;
        try {
            report = json.readValue(payload, BedStatusReported.class);
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("Not a BedStatusReported JSON document: " + e.getOriginalMessage(), e);
        }
        if (report == null) {
            throw new PoisonMessageException("Empty message");
        }
        requirePresent(report.eventId(), "eventId");
        requirePresent(report.unitId(), "unitId");
        requirePresent(report.occurredAt(), "occurredAt");
        if (report.availablePlaces() < 0 || report.occupiedPlaces() < 0
                || (report.heldBackPlaces() != null && report.heldBackPlaces() < 0)) {
            throw new PoisonMessageException("Negative number of places in event " + report.eventId());
        }
        return report;
    }

    private static void requirePresent(Object value, String field) {
        if (value == null) {
            throw new PoisonMessageException("Missing required field '" + field + "'");
        }
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
