package nl.plekwijzer.matching.availability;

import java.time.OffsetDateTime;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.UnitAvailabilityChanged;

/** The latest known availability of a unit. */
@Entity
@Table(name = "unit_availability")
public class UnitAvailability extends PanacheEntityBase {

    @Id
    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "provider_id", nullable = false)
    public String providerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    @Column(nullable = false)
    public int places;

    @Column(name = "available_places", nullable = false)
    public int availablePlaces;

    @Column(name = "occupied_places", nullable = false)
    public int occupiedPlaces;

    @Column(name = "held_back_places", nullable = false)
    public int heldBackPlaces;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Light light;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "last_reported_at", nullable = false)
    public OffsetDateTime lastReportedAt;

    @Column(nullable = false)
    public boolean stale;

    /** Takes the snapshot over unless it is older than what this view already holds. */
    public boolean apply(UnitAvailabilityChanged snapshot) {
        if (occurredAt != null && snapshot.occurredAt().isBefore(occurredAt)) {
            return false;
        }
        unitId = snapshot.unitId();
        providerId = snapshot.providerId();
        kind = snapshot.kind();
        places = snapshot.places();
        availablePlaces = snapshot.availablePlaces();
        occupiedPlaces = snapshot.occupiedPlaces();
        heldBackPlaces = snapshot.heldBackPlaces();
        light = snapshot.light();
        occurredAt = snapshot.occurredAt();
        lastReportedAt = snapshot.lastReportedAt();
        stale = snapshot.stale();
        return true;
    }
}
