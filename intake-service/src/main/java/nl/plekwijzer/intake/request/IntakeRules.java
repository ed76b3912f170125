package nl.plekwijzer.intake.request;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.foundation.problem.Violation;
import nl.plekwijzer.intake.youth.Bsn;

/**
 * The rules of the one intake form that span fields: a valid BSN, a birth date in the past and an
 * age of 0 to 23 when care starts (neededFrom, or today when that has passed), a crisis that does not start in the past, consent, and a
 * decision (beschikking) that has not expired. Field-level shapes are checked by Bean Validation.
 */
public final class IntakeRules {

    private IntakeRules() {
    }

    /**
     * What the form asks of a stay: respite places take short stays only (domain rule 21), so a
     * request that accepts nothing but respite says how many nights in {@code needs.shortStay}.
     */
    public static List<Violation> checkStay(Set<UnitKind> acceptableKinds,
            boolean shortStay) {
        if (!shortStay && acceptableKinds != null
                && acceptableKinds.equals(Set.of(UnitKind.RESPITE))) {
            return List.of(new Violation("needs.shortStay", "is required when respite is the only acceptable kind"));
        }
        return List.of();
    }

    public static List<Violation> check(String bsn, LocalDate birthDate, Urgency urgency, LocalDate neededFrom,
            LocalDate decisionValidUntil, Boolean consent, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (bsn != null && !Bsn.isValid(bsn)) {
            violations.add(new Violation("youth.bsn", "is not a valid BSN: 9 digits passing the eleven-test"));
        }
        if (birthDate != null && !birthDate.isBefore(today)) {
            violations.add(new Violation("youth.birthDate", "must be in the past"));
        }
        if (birthDate != null && neededFrom != null && birthDate.isBefore(today)) {
            LocalDate careStarts = neededFrom.isAfter(today) ? neededFrom : today;
            if (Period.between(birthDate, careStarts).getYears() > 23) {
                violations.add(new Violation("youth.birthDate",
                        "the youth must be 0 to 23 years old when care starts (" + careStarts + ")"));
            }
        }
        if (urgency == Urgency.CRISIS && neededFrom != null && neededFrom.isBefore(today)) {
            violations.add(new Violation("needs.neededFrom", "must not be before today for a CRISIS request"));
        }
        if (decisionValidUntil != null && decisionValidUntil.isBefore(today)) {
            violations.add(new Violation("decision.validUntil", "has passed: the decision has expired"));
        }
        if (!Boolean.TRUE.equals(consent)) {
            violations.add(new Violation("consent", "must be true"));
        }
        return violations;
    }
}
