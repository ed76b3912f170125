package nl.plekwijzer.availability.status;

import java.time.OffsetDateTime;
import java.util.ArrayList;
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
 * (an event id seen before) change nothing; events for unknown units or that break the rules are
 * rejected; every other event is kept in history, and becomes the unit's status when it is not
 * older than the current one (newest {@code occurredAt} wins).
 */
public final class StatusApplication {

    /** What the applier needs to know of a unit. */
    public record KnownUnit(String unitId, int places, UnitStatus current) {
    }

    public record HistoryEntry(BedStatusReported report, Light light, boolean applied) {
    }

    public record Rejection(BedStatusReported report, String reason) {
    }

    public record Outcome(List<HistoryEntry> history, Map<String, UnitStatus> changedStatus,
            List<Rejection> rejections, int duplicates) {
    }

    private StatusApplication() {
    }

    public static Outcome apply(List<BedStatusReported> reports, Set<UUID> knownEventIds,
            Map<String, KnownUnit> units, OffsetDateTime now) {
        Set<UUID> seen = new HashSet<>(knownEventIds);
        Map<String, UnitStatus> current = new LinkedHashMap<>();
        units.forEach((unitId, unit) -> current.put(unitId, unit.current()));
        Map<String, UnitStatus> changed = new LinkedHashMap<>();
        List<HistoryEntry> history = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        int duplicates = 0;

        for (BedStatusReported report : reports) {
            if (!seen.add(report.eventId())) {
                duplicates++;
                continue;
            }
            KnownUnit unit = units.get(report.unitId());
            if (unit == null) {
                rejections.add(new Rejection(report, "Unknown unit '" + report.unitId() + "'"));
                continue;
            }
            int heldBack = heldBackOf(report);
            Light light = lightOf(report);
            List<Violation> violations = StatusReportRules.check(report.availablePlaces(), report.occupiedPlaces(),
                    heldBack, report.occurredAt(), unit.places(), light, report.reasonCode(), report.reason(), now);
            if (!violations.isEmpty()) {
                rejections.add(new Rejection(report, violations.stream()
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

    /** The light the report gives, or the one its figures give ({@link TrafficLight}). */
    public static Light lightOf(BedStatusReported report) {
        return report.light() != null ? report.light()
                : TrafficLight.derive(report.availablePlaces(), heldBackOf(report), report.expectedAvailableFrom());
    }

    public static int heldBackOf(BedStatusReported report) {
        return report.heldBackPlaces() == null ? 0 : report.heldBackPlaces();
    }
}
