package nl.plekwijzer.contracts.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.plekwijzer.contracts.UnitKind;

/** The ranked suggestions for one placement request (snapshot, keyed by request id). */
public record MatchSuggestionsUpdated(
        UUID requestId,
        OffsetDateTime generatedAt,
        List<Suggestion> suggestions,
        Map<String, Integer> excluded) {

    public record Suggestion(
            int rank,
            String unitId,
            String providerId,
            UnitKind kind,
            BigDecimal score,
            BigDecimal distanceKm,
            int availablePlaces,
            boolean stale) {
    }
}
