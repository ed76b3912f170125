package nl.plekwijzer.availability.status;

import java.time.OffsetDateTime;

import nl.plekwijzer.availability.unit.Unit;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.UnitAvailabilityChanged;
import nl.plekwijzer.foundation.outbox.Outbox;

/** The {@code bed-availability.v1} snapshot of a unit: its status, with staleness as of {@code now}. */
public final class AvailabilitySnapshot {

    private AvailabilitySnapshot() {
    }

    /** The snapshot as an outbox entry, keyed by unit id (the topic is compacted per unit). */
    public static Outbox.Entry outboxEntry(Unit unit, UnitStatus status, OffsetDateTime now) {
        return new Outbox.Entry(EventType.UNIT_AVAILABILITY_CHANGED, unit.unitId(), of(unit, status, now));
    }

    private static UnitAvailabilityChanged of(Unit unit, UnitStatus status, OffsetDateTime now) {
        return new UnitAvailabilityChanged(unit.unitId(), unit.providerId(), unit.kind(), unit.places(),
                status.availablePlaces(), status.occupiedPlaces(), status.heldBackPlaces(), status.light(),
                status.reasonCode(), status.reason(), status.expectedAvailableFrom(), status.occurredAt(), status.lastReportedAt(),
                Freshness.isStale(status.lastReportedAt(), unit.confirmationIntervalHours(), now));
    }
}
