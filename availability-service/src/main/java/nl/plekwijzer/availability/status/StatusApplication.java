package nl.plekwijzer.availability.status;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.events.BedStatusReported;
import nl.plekwijzer.foundation.problem.Violation;

/**
 * Decides what a batch of status events does, in order, without touching a database: duplicates
 * (an event id seen before) change nothing; events for unknown units, for another provider's unit
 * on a provider's own topic, or that break the rules are rejected; every other event is kept in history, and becomes the unit's status when it is not
 * older than the current one (newest {@code occurredAt} wins).
 * <p>
 * An event seen before is normally not newer than its unit's status (that status took it in, or
 * something newer), so taking it for new moves no unit's {@code occurredAt}: the {@code applied}
 * flag of every other event is then the same whether or not the events seen before are known, and
 * only the changed statuses can differ (an event seen before ties with the status it became). The
 * consumer writes the history before it knows which events were seen before, and corrects the flags
 * ({@link #appliedFlagsChanged}) in the rare case this does not hold: an event id used again for
 * other content, or a unit's status read before another replica saved a newer one.
 */
public final class StatusApplication {

    /** What the applier needs to know of a unit. */
    public record KnownUnit(String unitId, String providerId, int places, UnitStatus current) {
    }

    /**
     * A report as read from the broker: {@code fromProvider} is the provider whose own status topic
     * it came from, which may change only its own units; null for {@code bed-status.v1}, where only
     * this service writes in production (after checking the caller).
     */
    public record Received(BedStatusReported report, String fromProvider) {
    }

    public record HistoryEntry(BedStatusReported report, Light light, boolean applied) {
    }

    public record Rejection(Received received, String reason) {
    }

    public record Outcome(List<HistoryEntry> history, Map<String, UnitStatus> changedStatus,
            List<Rejection> rejections, int duplicates) {
    }

    private StatusApplication() {
    }

    public static Outcome apply(List<Received> reports, Set<UUID> knownEventIds,
            Map<String, KnownUnit> units, OffsetDateTime now) {
        Set<UUID> seen = new HashSet<>(knownEventIds);
        Map<String, UnitStatus> current = new LinkedHashMap<>();
        units.forEach((unitId, unit) -> current.put(unitId, unit.current()));
        Map<String, UnitStatus> changed = new LinkedHashMap<>();
        List<HistoryEntry> history = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        int duplicates = 0;

        for (Received received : reports) {
            BedStatusReported report = received.report();
            if (!seen.add(report.eventId())) {
                duplicates++;
                continue;
            }
            KnownUnit unit = units.get(report.unitId());
            if (unit == null) {
                rejections.add(new Rejection(received, "Unknown unit '" + report.unitId() + "'"));
                continue;
            }
            if (received.fromProvider() != null && !received.fromProvider().equals(unit.providerId())) {
                rejections.add(new Rejection(received, "Unit '" + report.unitId()
                        + "' is not a unit of the provider whose status topic this came from"));
                continue;
            }
            int heldBack = heldBackOf(report);
            Light light = lightOf(report);
            List<Violation> violations = StatusReportRules.check(report.availablePlaces(), report.occupiedPlaces(),
                    heldBack, report.occurredAt(), unit.places(), light, report.reasonCode(), report.reason(), now);
            if (!violations.isEmpty()) {
                rejections.add(new Rejection(received, violations.stream()
                        .map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b).orElseThrow()));
                continue;
            }
            UnitStatus status = current.get(unit.unitId());
            boolean applies = status == null || status.isSupersededBy(report.occurredAt());
            history.add(new HistoryEntry(report, light, applies));
            if (applies) {
                UnitStatus next = new UnitStatus(report.eventId(), report.availablePlaces(), report.occupiedPlaces(),
                        heldBack, light, report.reasonCode(), report.reason(), report.expectedAvailableFrom(), report.occurredAt());
                current.put(unit.unitId(), next);
                changed.put(unit.unitId(), next);
            }
        }
        return new Outcome(history, changed, rejections, duplicates);
    }

    /** The history entries of {@code corrected} whose {@code applied} flag is not the one {@code written} gave the same event. */
    public static List<HistoryEntry> appliedFlagsChanged(Outcome written, Outcome corrected) {
        Map<UUID, Boolean> writtenFlags = new HashMap<>();
        written.history().forEach(entry -> writtenFlags.put(entry.report().eventId(), entry.applied()));
        return corrected.history().stream()
                .filter(entry -> !Boolean.valueOf(entry.applied()).equals(writtenFlags.get(entry.report().eventId())))
                .toList();
    }

    /** The light the report gives, or the one its figures give ({@link TrafficLight}). */
    public static Light lightOf(BedStatusReported report) {
        return report.light() != null ? report.light()
                : TrafficLight.derive(report.availablePlaces(), heldBackOf(report), report.expectedAvailableFrom());
    }

    public static int heldBackOf(BedStatusReported report) {
        return report.heldBackPlaces() == null ? 0 : report.heldBackPlaces();
    }
}
