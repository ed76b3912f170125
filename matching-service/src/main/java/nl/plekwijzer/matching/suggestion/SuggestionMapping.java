package nl.plekwijzer.matching.suggestion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.plekwijzer.contracts.events.MatchSuggestionsUpdated;
import nl.plekwijzer.contracts.events.UnmetNeedRecorded;
import nl.plekwijzer.matching.engine.HardRule;
import nl.plekwijzer.matching.engine.MatchingEngine;
import nl.plekwijzer.matching.engine.Pair;
import nl.plekwijzer.matching.engine.Scoring;
import nl.plekwijzer.matching.engine.UnitView;
import nl.plekwijzer.matching.state.MatchingState;

/** The one place where engine rankings become REST/SSE lists and events. */
public final class SuggestionMapping {

    private static final List<String> ALL_RULES = Arrays.stream(HardRule.values()).map(Enum::name).toList();

    private final Scoring scoring;

    public SuggestionMapping(Scoring scoring) {
        this.scoring = scoring;
    }

    public SuggestionList toList(MatchingEngine.Ranking ranking, OffsetDateTime generatedAt) {
        List<SuggestionList.Suggestion> suggestions = new ArrayList<>(ranking.top().size());
        int rank = 1;
        for (MatchingEngine.Ranked ranked : ranking.top()) {
            Scoring.Scored scored = scoring.explain(Pair.of(ranking.request(), ranked.unit()));
            Map<String, BigDecimal> components = new LinkedHashMap<>();
            scored.components().forEach((component, value) -> components.put(component.name(), round(value, 4)));
            UnitView unit = ranked.unit();
            suggestions.add(new SuggestionList.Suggestion(rank++, unit.unitId(), unit.providerId(), unit.name(),
                    unit.kind(), round(ranked.score(), 4), distanceShown(unit, ranked.homeKm()),
                    unit.availablePlaces(), unit.stale(), unit.light(), unit.reasonCode(), unit.reason(),
                    unit.treatmentOnSite(), ranking.request().treatmentNeeded() && !unit.treatmentOnSite(),
                    unit.backupPoolName(), new SuggestionList.Explanation(ALL_RULES, components)));
        }
        List<SuggestionList.Alternative> alternatives = ranking.alternatives().stream()
                .map(p -> new SuggestionList.Alternative(p.programmeId(), p.providerId(), p.providerName(), p.name(),
                        p.type(), p.waitingWeeks()))
                .toList();
        return new SuggestionList(ranking.request().requestId(), generatedAt, alternatives, suggestions,
                names(ranking.excluded()), ranking.fitting());
    }

    public MatchSuggestionsUpdated toEvent(SuggestionList list) {
        return new MatchSuggestionsUpdated(list.requestId(), list.generatedAt(), list.suggestions().stream()
                .map(s -> new MatchSuggestionsUpdated.Suggestion(s.rank(), s.unitId(), s.providerId(), s.kind(),
                        s.score(), s.distanceKm(), s.availablePlaces(), s.stale()))
                .toList(), list.excluded());
    }

    public UnmetNeedRecorded toEvent(MatchingState.UnmetNeed need) {
        return new UnmetNeedRecorded(UUID.randomUUID(), need.request().requestId(), need.request().urgency(),
                need.request().acceptableKinds(), need.request().responsibleMunicipalityCode(),
                names(need.exclusions()), need.since());
    }

    /** Whole kilometres in steps of five, never under five, for a unit whose address is hidden. */
    static final int CONFIDENTIAL_STEP_KM = 5;

    /**
     * The distance as a suggestion shows it: to 0.1 km, but for a unit that takes confidential
     * placements (its address hidden, domain rule 9) only in steps of five kilometres, so that
     * requests from a few chosen postcodes cannot find where it is.
     */
    static BigDecimal distanceShown(UnitView unit, Double km) {
        if (km == null) {
            return null;
        }
        if (unit.acceptsConfidential()) {
            long steps = Math.max(1, Math.round(km / CONFIDENTIAL_STEP_KM));
            return BigDecimal.valueOf(steps * CONFIDENTIAL_STEP_KM);
        }
        return round(km, 1);
    }

    public static Map<String, Integer> names(Map<HardRule, Integer> byRule) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        byRule.forEach((rule, count) -> byName.put(rule.name(), count));
        return byName;
    }

    private static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
