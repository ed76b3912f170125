package nl.plekwijzer.contracts.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A step in proposing and placing a youth (keyed by request id). {@code reason} is a code, never
 * free text: a declined proposal's reason code, ANOTHER_ACCEPTED for a withdrawn one, HOLD_EXPIRED, or
 * an ended placement's destination. {@code startDate} and {@code crisisEndDate}: the placement's
 * start and, for a crisis stay, its last day (domain rule 20), on events about a placement (PLACED,
 * BRIDGING, ENDED); null on the others. {@code endedOn}: the day an ENDED placement ended (it may be
 * recorded later). {@code replacement}: a PLACED placement within six months of one that ended in
 * another placement.
 */
public record PlacementEvent(
        UUID eventId,
        Type type,
        UUID proposalId,
        UUID requestId,
        String unitId,
        String providerId,
        boolean bridgingPlacement,
        String reason,
        OffsetDateTime occurredAt,
        LocalDate startDate,
        LocalDate crisisEndDate,
        LocalDate endedOn,
        boolean replacement) {

    public enum Type {
        PROPOSED, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED, PLACED, ENDED,
        /** A crisis placement past its end date: from now on a bridging placement (domain rule 20). */
        BRIDGING,
        /** A crisis request without an accepted proposal a day after it was submitted; no unit. */
        ESCALATED
    }
}
