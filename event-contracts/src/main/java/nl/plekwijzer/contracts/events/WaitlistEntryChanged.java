package nl.plekwijzer.contracts.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import nl.plekwijzer.contracts.UnitKind;

/**
 * One difference between a provider's previous and new waiting list (keyed by provider id).
 * {@code youthPseudonym} is absent when the provider did not know the BSN.
 */
public record WaitlistEntryChanged(
        UUID eventId,
        Change change,
        String providerId,
        String providerEntryId,
        String youthPseudonym,
        LinkageKeys linkageKeys,
        UnitKind careFunction,
        String municipalityCode,
        LocalDate registeredOn,
        OffsetDateTime occurredAt) {

    public enum Change {
        ADDED, CHANGED, REMOVED
    }
}
