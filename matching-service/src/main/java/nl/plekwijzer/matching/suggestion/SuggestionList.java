package nl.plekwijzer.matching.suggestion;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.plekwijzer.contracts.UnitKind;

/** A request's ranked suggestions as served over HTTP and SSE (matching-service/README.md). */
public record SuggestionList(UUID requestId, OffsetDateTime generatedAt, List<Suggestion> suggestions,
        Map<String, Integer> excluded, int fitting) {

    public record Suggestion(int rank, String unitId, String providerId, String unitName, UnitKind kind,
            BigDecimal score, BigDecimal distanceKm, int availablePlaces, boolean stale, Explanation explanation) {
    }

    /** The rules the unit passed and the value (0..1) of each score component. */
    public record Explanation(List<String> rules, Map<String, BigDecimal> components) {
    }

    public SuggestionList limitedTo(int limit) {
        return suggestions.size() <= limit ? this
                : new SuggestionList(requestId, generatedAt, suggestions.subList(0, limit), excluded, fitting);
    }
}
