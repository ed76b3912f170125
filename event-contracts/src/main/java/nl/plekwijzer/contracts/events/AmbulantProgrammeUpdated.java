package nl.plekwijzer.contracts.events;

import java.time.OffsetDateTime;
import java.util.Set;

import nl.plekwijzer.contracts.AmbulantProgrammeType;
import nl.plekwijzer.contracts.Domain;

/**
 * An ambulant programme a provider offers (the service directory, domain rule 5): who it is for
 * and the municipalities it serves (snapshot, keyed by programme id). {@code waitingWeeks} is the
 * provider's current estimate, null when unknown.
 */
public record AmbulantProgrammeUpdated(
        String programmeId,
        String providerId,
        String providerName,
        String name,
        AmbulantProgrammeType type,
        int ageMin,
        int ageMax,
        Set<Domain> domains,
        Set<String> municipalityCodes,
        Integer waitingWeeks,
        boolean active,
        OffsetDateTime updatedAt) {
}
