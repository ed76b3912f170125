package nl.plekwijzer.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A step in proposing and placing a youth (keyed by request id). */
public record PlacementEvent(
        UUID eventId,
        Type type,
        UUID proposalId,
        UUID requestId,
        String unitId,
        String providerId,
        boolean bridgingPlacement,
        String reason,
        OffsetDateTime occurredAt) {

    public enum Type {
        PROPOSED, ACCEPTED, DECLINED, EXPIRED, PLACED
    }
}
