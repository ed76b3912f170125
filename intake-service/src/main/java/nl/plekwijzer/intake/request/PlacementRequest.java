package nl.plekwijzer.intake.request;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated.Status;

@Entity
@Table(name = "placement_request")
public class PlacementRequest extends PanacheEntityBase {

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    /** The token subject of the referrer who submitted it: only they and coordinators may read it. */
    @Column(name = "referrer_subject", nullable = false)
    public String referrerSubject;

    @Column(name = "youth_pseudonym", nullable = false)
    public String youthPseudonym;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
