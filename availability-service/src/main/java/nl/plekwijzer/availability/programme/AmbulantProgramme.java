package nl.plekwijzer.availability.programme;

import java.time.OffsetDateTime;
import java.util.Set;

import nl.plekwijzer.contracts.AmbulantProgrammeType;
import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.events.AmbulantProgrammeUpdated;

/** An ambulant programme in the service directory, as stored; {@code active} false once withdrawn. */
public record AmbulantProgramme(
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
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public AmbulantProgrammeUpdated toEvent() {
        return new AmbulantProgrammeUpdated(programmeId, providerId, providerName, name, type, ageMin, ageMax, domains,
                municipalityCodes, waitingWeeks, active, updatedAt);
    }
}
