package nl.plekwijzer.contracts.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import nl.plekwijzer.contracts.UnitKind;

/**
 * One youth and care function on the regional waiting list without doubles (snapshot, keyed by
 * cluster id); a cluster that was dissolved is published with {@code removed = true}. {@code placedOn}:
 * the day the youth was placed in this care function (no longer waiting), or null.
 */
public record RegionalWaitlistEntryUpdated(
        String clusterId,
        UnitKind careFunction,
        String municipalityCode,
        List<Member> members,
        LinkConfidence linkConfidence,
        BigDecimal linkScore,
        LocalDate placedOn,
        boolean removed,
        OffsetDateTime updatedAt) {

    public enum LinkConfidence {
        SINGLE, PSEUDONYM, LINKED, TO_REVIEW, MANUAL
    }

    public record Member(String providerId, String providerEntryId, LocalDate registeredOn) {
    }
}
