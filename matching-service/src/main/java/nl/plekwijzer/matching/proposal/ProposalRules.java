package nl.plekwijzer.matching.proposal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.foundation.problem.Violation;
import nl.plekwijzer.matching.engine.HardRule;
import nl.plekwijzer.matching.engine.Pair;
import nl.plekwijzer.matching.engine.RequestView;
import nl.plekwijzer.matching.engine.UnitView;

/** What makes a proposal acceptable, in plain Java: at most three distinct units, each fitting or overridden. */
public final class ProposalRules {

    public static final int MAX_UNITS = 3;

    private ProposalRules() {
    }

    /**
     * The violations of a proposal of {@code request} to {@code unitIds}; a unit that breaks a hard
     * rule is refused naming the rules, unless the coordinator gave an override reason and every
     * rule it breaks may be overridden.
     *
     * @param units the unit as matching sees it (held places taken off), or null when unknown
     */
    public static List<Violation> check(RequestView request, List<String> unitIds, Function<String, UnitView> units,
            String overrideReason) {
        List<Violation> violations = new ArrayList<>();
        if (unitIds.isEmpty() || unitIds.size() > MAX_UNITS) {
            violations.add(new Violation("unitIds", "name 1 to " + MAX_UNITS + " units"));
            return violations;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < unitIds.size(); i++) {
            String field = "unitIds[" + i + "]";
            String unitId = unitIds.get(i);
            if (!seen.add(unitId)) {
                violations.add(new Violation(field, "is named twice"));
                continue;
            }
            UnitView unit = units.apply(unitId);
            if (unit == null) {
                violations.add(new Violation(field, "is not a known unit"));
                continue;
            }
            List<HardRule> broken = HardRule.broken(Pair.of(request, unit));
            List<HardRule> binding = broken.stream().filter(rule -> !rule.overridable()).toList();
            if (!binding.isEmpty()) {
                violations.add(new Violation(field, "breaks " + binding.stream().map(Enum::name)
                        .collect(Collectors.joining(", ")) + ", which no override passes"));
            } else if (!broken.isEmpty() && (overrideReason == null || overrideReason.isBlank())) {
                violations.add(new Violation(field, "breaks " + broken.stream().map(Enum::name)
                        .collect(Collectors.joining(", ")) + "; give an overrideReason to propose it anyway"));
            }
        }
        return violations;
    }

    /** When the hold of a proposal made at {@code now} ends, by the request's urgency. */
    public static OffsetDateTime holdExpiry(Urgency urgency, OffsetDateTime now, Map<Urgency, Duration> holdFor) {
        Duration hold = holdFor.get(urgency);
        if (hold == null) {
            throw new IllegalStateException("No hold duration configured for " + urgency);
        }
        return now.plus(hold);
    }

    /** The violation of a decline, if any: OTHER needs a text. */
    public static List<Violation> checkDecline(Proposal.DeclineReason reason, String detail) {
        if (reason == Proposal.DeclineReason.OTHER && (detail == null || detail.isBlank())) {
            return List.of(new Violation("detail", "is required when the reasonCode is OTHER"));
        }
        return List.of();
    }
}
