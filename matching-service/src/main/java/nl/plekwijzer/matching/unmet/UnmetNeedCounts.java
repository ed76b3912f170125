package nl.plekwijzer.matching.unmet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.matching.engine.HardRule;
import nl.plekwijzer.matching.state.MatchingState.UnmetNeed;

/**
 * Unmet need as a municipality may see it: counts per acceptable kind and excluding rule, never a
 * request. Counts from 1 to {@link #SMALLEST_SHOWN} - 1 could point at a child and are suppressed
 * (DOMAIN.md rule 17).
 */
public final class UnmetNeedCounts {

    public static final int SMALLEST_SHOWN = 5;

    /** {@code count} is null when it is suppressed. */
    public record Count(UnitKind kind, String reason, Integer count, boolean suppressed) {
    }

    public record Summary(String municipalityCode, Integer total, boolean totalSuppressed, List<Count> counts) {
    }

    private UnmetNeedCounts() {
    }

    public static Summary of(String municipalityCode, List<UnmetNeed> needs) {
        Map<String, Integer> byKindAndReason = new TreeMap<>();
        int total = 0;
        for (UnmetNeed need : needs) {
            if (!municipalityCode.equals(need.request().responsibleMunicipalityCode())) {
                continue;
            }
            total++;
            for (UnitKind kind : need.request().acceptableKinds()) {
                for (HardRule rule : need.exclusions().keySet()) {
                    byKindAndReason.merge(kind.name() + "|" + rule.name(), 1, Integer::sum);
                }
            }
        }
        List<Count> counts = new ArrayList<>();
        byKindAndReason.forEach((key, count) -> {
            String[] parts = key.split("\\|");
            boolean suppressed = count < SMALLEST_SHOWN;
            counts.add(new Count(UnitKind.valueOf(parts[0]), parts[1], suppressed ? null : count, suppressed));
        });
        boolean totalSuppressed = total > 0 && total < SMALLEST_SHOWN;
        return new Summary(municipalityCode, totalSuppressed ? null : total, totalSuppressed, counts);
    }
}
