package nl.plekwijzer.intake.request;

import java.time.LocalDate;
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

    /** The user name of the referrer who submitted it, for people reading the access log. */
    @Column(name = "referrer_subject", nullable = false)
    public String referrerUserName;

    /** The referrer's opaque token subject ({@code sub}): only they and coordinators may read the request. */
    @Column(name = "referrer_id")
    public String referrerId;

    @Column(name = "youth_pseudonym", nullable = false)
    public String youthPseudonym;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /**
     * The open request of the same youth that this one joined, or null when this is the first (the
     * primary). Matching treats a primary and the requests linked to it as one youth.
     */
    @Column(name = "linked_to_request_id")
    public UUID linkedToRequestId;

    /** The last day the municipality's decision allows care; the request expires after it. */
    @Column(name = "decision_valid_until")
    public LocalDate decisionValidUntil;

    /** Why a request is no longer open (withdrawn by whom and why, expired, placed). */
    @Column(name = "closed_reason")
    public String closedReason;

    /**
     * Opened again because its crisis placement became a bridging placement (domain rule 20): the
     * follow-up place is sought, with the original waiting time.
     */
    @Column(name = "follow_up_after_crisis", nullable = false)
    public boolean followUpAfterCrisis;

    /** The intake form without the BSN, as JSON: personal data, read only by its referrer and coordinators. */
    @Column(name = "form")
    public String form;

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** The primary request of this youth's group: itself, or the one it is linked to. */
    public UUID primaryRequestId() {
        return linkedToRequestId == null ? requestId : linkedToRequestId;
    }

    /** The crisis stay became a bridging placement: the request is open again for the follow-up place. */
    public void reopenForFollowUp(OffsetDateTime at) {
        status = Status.OPEN;
        followUpAfterCrisis = true;
        closedReason = null;
        updatedAt = at;
    }

    public void close(Status newStatus, String reason, OffsetDateTime at) {
        status = newStatus;
        closedReason = reason;
        updatedAt = at;
    }
}
