package nl.plekwijzer.matching.proposal;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A request proposed to one unit, holding one of its places until answered or expired.
 * {@code followUp}: proposed for the place after a crisis stay that became a bridging placement.
 */
public record Proposal(UUID proposalId, UUID requestId, String unitId, String providerId, State state, String message,
        String overrideReason, String proposedBy, OffsetDateTime proposedAt, OffsetDateTime holdExpiresAt,
        String answeredBy, OffsetDateTime answeredAt, String reasonCode, String reasonDetail, boolean followUp) {

    public enum State {
        OPEN, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED
    }

    /** Why a provider declines (domain rule 14: the provider decides). */
    public enum DeclineReason {
        NO_PLACE, DOES_NOT_FIT_GROUP, NO_STAFF, NEEDS_MORE_INFORMATION, OTHER
    }
}
