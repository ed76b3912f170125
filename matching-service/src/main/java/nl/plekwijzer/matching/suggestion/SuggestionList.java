package nl.plekwijzer.matching.suggestion;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.plekwijzer.contracts.AmbulantProgrammeType;
import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.LightReason;
import nl.plekwijzer.contracts.UnitKind;

/**
 * A request's ranked suggestions as served over HTTP and SSE (matching-service/README.md). Where
 * the request allows an ambulant alternative, {@code ambulantAlternatives} come first, lightest
 * first (domain rule 5: as light as possible).
 */
public record SuggestionList(UUID requestId, OffsetDateTime generatedAt, List<Alternative> ambulantAlternatives,
        List<Suggestion> suggestions, Map<String, Integer> excluded, int fitting) {

    /**
     * One unit. {@code light}, {@code reasonCode} and {@code reason}: the provider's light and why
     * it is not GREEN. {@code treatmentToArrange}: the youth needs treatment and this unit gives
     * none on site, so it is to be arranged with another provider. {@code backupPool}: the
     * supra-regional pool the place belongs to, or null.
     */
    public record Suggestion(int rank, String unitId, String providerId, String unitName, UnitKind kind,
            BigDecimal score, BigDecimal distanceKm, int availablePlaces, boolean stale, Light light,
            LightReason reasonCode, String reason, boolean treatmentOnSite, boolean treatmentToArrange,
            String backupPool, Explanation explanation) {
    }

    /** An ambulant programme that could stand in for a stay. */
    public record Alternative(String programmeId, String providerId, String providerName, String name,
            AmbulantProgrammeType type, Integer waitingWeeks) {
    }

    /** The rules the unit passed and the value (0..1) of each score component. */
    public record Explanation(List<String> rules, Map<String, BigDecimal> components) {
    }

    public SuggestionList limitedTo(int limit) {
        return suggestions.size() <= limit ? this
                : new SuggestionList(requestId, generatedAt, ambulantAlternatives, suggestions.subList(0, limit),
                        excluded, fitting);
    }
}
