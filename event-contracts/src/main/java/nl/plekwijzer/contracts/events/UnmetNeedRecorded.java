package nl.plekwijzer.contracts.events;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;

/** A placement request for which no fitting place exists, with the rules that excluded the near misses. */
public record UnmetNeedRecorded(
        UUID eventId,
        UUID requestId,
        Urgency urgency,
        Set<UnitKind> acceptableKinds,
        String responsibleMunicipalityCode,
        Map<String, Integer> exclusions,
        OffsetDateTime recordedAt) {
}
