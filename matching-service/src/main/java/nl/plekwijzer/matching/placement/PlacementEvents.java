package nl.plekwijzer.matching.placement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.PlacementEvent;
import nl.plekwijzer.foundation.outbox.Outbox;
import nl.plekwijzer.matching.proposal.Proposal;

/**
 * The steps of proposing and placing as outbox entries for placement-events.v1, keyed by request id
 * so that one request's steps stay in order. {@code reason} is always a code, never free text.
 */
public final class PlacementEvents {

    private PlacementEvents() {
    }

    public static Outbox.Entry of(PlacementEvent.Type type, Proposal proposal, String reason, OffsetDateTime at) {
        return entry(type, proposal.proposalId(), proposal.requestId(), proposal.unitId(), proposal.providerId(), false,
                reason, at, null, null, null, false);
    }

    public static Outbox.Entry of(PlacementEvent.Type type, Placement placement, String reason, OffsetDateTime at) {
        return entry(type, placement.proposalId(), placement.requestId(), placement.unitId(), placement.providerId(),
                placement.bridgingPlacement(), reason, at, placement.startDate(), placement.crisisEndDate(),
                placement.endedOn(), placement.replacement());
    }

    /** A crisis request nobody accepted in time: about the request, not a unit. */
    public static Outbox.Entry escalated(UUID requestId, OffsetDateTime at) {
        return entry(PlacementEvent.Type.ESCALATED, null, requestId, null, null, false, null, at, null, null, null,
                false);
    }

    private static Outbox.Entry entry(PlacementEvent.Type type, UUID proposalId, UUID requestId, String unitId,
            String providerId, boolean bridging, String reason, OffsetDateTime at, LocalDate startDate,
            LocalDate crisisEndDate, LocalDate endedOn, boolean replacement) {
        return new Outbox.Entry(EventType.PLACEMENT_EVENT, requestId.toString(), new PlacementEvent(UUID.randomUUID(),
                type, proposalId, requestId, unitId, providerId, bridging, reason, at, startDate, crisisEndDate, endedOn,
                replacement));
    }
}
