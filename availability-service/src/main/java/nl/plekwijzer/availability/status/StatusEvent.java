package nl.plekwijzer.availability.status;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.plekwijzer.contracts.Light;

/** A status event as received, kept once per event id (the idempotency key). */
@Entity
@Table(name = "status_event")
public class StatusEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "unit_id", nullable = false)
    public String unitId;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "available_places", nullable = false)
    public int availablePlaces;

    @Column(name = "occupied_places", nullable = false)
    public int occupiedPlaces;

    @Column(name = "held_back_places", nullable = false)
    public int heldBackPlaces;

    @Enumerated(EnumType.STRING)
    public Light light;

    public String reason;
}
