package nl.plekwijzer.matching.unmet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.foundation.privacy.SmallCounts;
import nl.plekwijzer.matching.engine.HardRule;
import nl.plekwijzer.matching.state.MatchingState.UnmetNeed;

/**
 * Unmet need as a municipality may see it: counts per acceptable kind and excluding rule, never a
 * request. Small counts are suppressed ({@link SmallCounts})
 * (domain rule 17).
 */
public final class UnmetNeedCounts {

    /** {@code count} is null when it is suppressed. */
    public record Count(UnitKind kind, String reason, Integer count, boolean suppressed) {
    }

    public record Summary(String municipalityCode, Integer total, boolean totalSuppressed, List<Count> counts) {
    }

    private UnmetNeedCounts() {
    }

    public static Summary of(String municipalityCode, List<UnmetNeed> needs) {
        Map<String, Map<String, Integer>> byKindAndReason = new TreeMap<>();
        int total = 0;
        for (UnmetNeed need : needs) {
            if (!municipalityCode.equals(need.request().responsibleMunicipalityCode())) {
                continue;
            }
            total++;
            for (UnitKind kind : need.request().acceptableKinds()) {
                for (HardRule rule : need.exclusions().keySet()) {
                    byKindAndReason.computeIfAbsent(kind.name(), k -> new TreeMap<>()).merge(rule.name(), 1,
                            Integer::sum);
                }
            }
        }
        List<Count> counts = new ArrayList<>();
        byKindAndReason.forEach((kind, byReason) -> byReason.forEach((reason, count) -> counts.add(
                new Count(UnitKind.valueOf(kind), reason, SmallCounts.shown(count), SmallCounts.suppressed(count)))));
        return new Summary(municipalityCode, SmallCounts.shown(total), SmallCounts.suppressed(total), counts);
    }
}
