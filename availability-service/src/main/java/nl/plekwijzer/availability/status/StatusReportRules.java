package nl.plekwijzer.availability.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.LightReason;
import nl.plekwijzer.foundation.problem.Violation;

/**
 * The rules a status report must keep before it is accepted: no negative numbers, no more places
 * in use or free than the unit has, no report from the future (5 minutes of clock skew allowed), and
 * a light that does not contradict the figures (GREEN with no free place; RED with free places and
 * no reason why), and a reason code that fits (OTHER says what in a text; no reason for GREEN).
 */
public final class StatusReportRules {

    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private StatusReportRules() {
    }

    /** @param light the light the report gives, or the one derived from its figures when it gives none */
    public static List<Violation> check(int availablePlaces, int occupiedPlaces, int heldBackPlaces,
            OffsetDateTime occurredAt, int places, Light light, LightReason reasonCode, String reason, OffsetDateTime now) {
        List<Violation> violations = new ArrayList<>();
        if (availablePlaces < 0) {
            violations.add(new Violation("availablePlaces", "must not be negative"));
        }
        if (occupiedPlaces < 0) {
            violations.add(new Violation("occupiedPlaces", "must not be negative"));
        }
        if (heldBackPlaces < 0) {
            violations.add(new Violation("heldBackPlaces", "must not be negative"));
        }
        long total = (long) availablePlaces + occupiedPlaces + heldBackPlaces;
        if (violations.isEmpty() && total > places) {
            violations.add(new Violation("availablePlaces", "available (%d) + occupied (%d) + heldBack (%d) = %d exceeds the unit's %d places"
                    .formatted(availablePlaces, occupiedPlaces, heldBackPlaces, total, places)));
        }
        if (occurredAt != null && occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
            violations.add(new Violation("occurredAt", "must not be more than 5 minutes in the future"));
        }
        if (light == Light.GREEN && availablePlaces == 0) {
            violations.add(new Violation("light", "GREEN says a place can be taken now, but availablePlaces is 0"));
        }
        boolean noReason = reasonCode == null && (reason == null || reason.isBlank());
        if (light == Light.RED && availablePlaces > 0 && noReason) {
            violations.add(new Violation("light", "RED with free places needs a reasonCode or a reason"));
        }
        if (reasonCode == LightReason.OTHER && (reason == null || reason.isBlank())) {
            violations.add(new Violation("reason", "is required when the reasonCode is OTHER"));
        }
        if (light == Light.GREEN && reasonCode != null) {
            violations.add(new Violation("reasonCode", "is for an ORANGE or RED light only"));
        }
        return violations;
    }
}
