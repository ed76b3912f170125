package nl.plekwijzer.notification.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import nl.plekwijzer.foundation.privacy.SmallCounts;

/**
 * The municipal figures, in plain Java: for one municipality (or the whole region), a flat map of
 * named figures; a breakdown per kind of place or care function is the name plus {@code .KIND}.
 * Capacity counts places; everything that counts youths is suppressed below five (domain rule 17):
 * shown as null ("<5"), and a waiting time with it.
 *
 * <ul>
 * <li>capacity (by the unit's municipality): units, places, availablePlaces, admissiblePlaces,
 * occupiedPlaces, heldBackPlaces, heldForProposals, occupancyPercent, staleUnitsPercent;</li>
 * <li>waiting (by the waiting-list entry's municipality): waitingYouths, medianWaitingDays,
 * p90WaitingDays;</li>
 * <li>stays (by the responsible municipality): activePlacements, bridgingPlacements,
 * crisisStaysPast28Days;</li>
 * <li>flows this month and last: inflow (requests submitted), throughflow (placements started),
 * outflow (placements ended), endings by destination, declinedProposals by reason, unmetNeeds by
 * rule.</li>
 * </ul>
 */
public final class FigureCalculator {

    private FigureCalculator() {
    }

    /** @param municipalityCode null for the whole region */
    public static Map<String, Long> figures(String municipalityCode, FigureInputs in, LocalDate today) {
        Predicate<String> here = code -> municipalityCode == null || municipalityCode.equals(code);
        Map<String, Long> figures = new TreeMap<>();
        capacity(figures, in, here);
        waiting(figures, in, here, today);
        stays(figures, in, here, today);
        YearMonth thisMonth = YearMonth.from(today);
        flows(figures, in, here, thisMonth, "");
        flows(figures, in, here, thisMonth.minusMonths(1), "PreviousMonth");
        return figures;
    }

    private static void capacity(Map<String, Long> figures, FigureInputs in, Predicate<String> here) {
        for (FigureInputs.Unit unit : in.units()) {
            if (!here.test(unit.municipalityCode())) {
                continue;
            }
            String kind = unit.kind().name();
            int admissible = Math.max(0, unit.availablePlaces() - unit.heldForProposals());
            for (String suffix : List.of("", "." + kind)) {
                add(figures, "units" + suffix, 1);
                add(figures, "staleUnits" + suffix, unit.stale() ? 1 : 0);
                add(figures, "places" + suffix, unit.places());
                add(figures, "availablePlaces" + suffix, unit.availablePlaces());
                add(figures, "admissiblePlaces" + suffix, admissible);
                add(figures, "occupiedPlaces" + suffix, unit.occupiedPlaces());
                add(figures, "heldBackPlaces" + suffix, unit.heldBackPlaces());
                add(figures, "heldForProposals" + suffix, unit.heldForProposals());
            }
        }
        for (String key : List.copyOf(figures.keySet())) {
            if (key.startsWith("places")) {
                String suffix = key.substring("places".length());
                long places = figures.get(key);
                figures.put("occupancyPercent" + suffix, places == 0 ? null
                        : Math.round(100.0 * figures.getOrDefault("occupiedPlaces" + suffix, 0L) / places));
                long units = figures.getOrDefault("units" + suffix, 0L);
                figures.put("staleUnitsPercent" + suffix, units == 0 ? null
                        : Math.round(100.0 * figures.getOrDefault("staleUnits" + suffix, 0L) / units));
            }
        }
    }

    private static void waiting(Map<String, Long> figures, FigureInputs in, Predicate<String> here, LocalDate today) {
        Map<String, List<Long>> days = new TreeMap<>();
        days.put("", new ArrayList<>());
        for (FigureInputs.WaitingYouth youth : in.waiting()) {
            if (youth.placedOn() != null || !here.test(youth.municipalityCode())) {
                continue;
            }
            long waited = youth.waitingSince() == null ? -1
                    : Math.max(0, ChronoUnit.DAYS.between(youth.waitingSince(), today));
            days.get("").add(waited);
            days.computeIfAbsent("." + youth.careFunction().name(), k -> new ArrayList<>()).add(waited);
        }
        days.forEach((suffix, waited) -> {
            Integer shown = SmallCounts.shown(waited.size());
            figures.put("waitingYouths" + suffix, shown == null ? null : shown.longValue());
            List<Long> known = waited.stream().filter(d -> d >= 0).sorted().toList();
            boolean showDays = shown != null && !known.isEmpty();
            figures.put("medianWaitingDays" + suffix, showDays ? percentile(known, 50) : null);
            figures.put("p90WaitingDays" + suffix, showDays ? percentile(known, 90) : null);
        });
    }

    private static void stays(Map<String, Long> figures, FigureInputs in, Predicate<String> here, LocalDate today) {
        long active = 0;
        long bridging = 0;
        long pastCrisisEnd = 0;
        for (FigureInputs.Stay stay : in.stays()) {
            if (!here.test(stay.responsibleMunicipalityCode()) || stay.endedOn() != null) {
                continue;
            }
            active++;
            bridging += stay.bridging() ? 1 : 0;
            pastCrisisEnd += stay.crisisEndDate() != null && today.isAfter(stay.crisisEndDate()) ? 1 : 0;
        }
        putYouths(figures, "activePlacements", active);
        putYouths(figures, "bridgingPlacements", bridging);
        putYouths(figures, "crisisStaysPast28Days", pastCrisisEnd);
    }

    private static void flows(Map<String, Long> figures, FigureInputs in, Predicate<String> here, YearMonth month,
            String suffix) {
        Predicate<LocalDate> inMonth = day -> day != null && YearMonth.from(day).equals(month);
        putYouths(figures, "inflow" + suffix, in.requests().stream()
                .filter(r -> here.test(r.responsibleMunicipalityCode()) && inMonth.test(r.submittedOn())).count());
        putYouths(figures, "throughflow" + suffix, in.stays().stream()
                .filter(s -> here.test(s.responsibleMunicipalityCode()) && inMonth.test(s.startDate())).count());
        Map<String, Long> endings = new TreeMap<>();
        long outflow = 0;
        for (FigureInputs.Stay stay : in.stays()) {
            if (here.test(stay.responsibleMunicipalityCode()) && inMonth.test(stay.endedOn())) {
                outflow++;
                endings.merge(Objects.requireNonNullElse(stay.destination(), "OTHER"), 1L, Long::sum);
            }
        }
        putYouths(figures, "outflow" + suffix, outflow);
        endings.forEach((destination, count) -> putYouths(figures, "endings" + suffix + "." + destination, count));
        Map<String, Long> declined = new TreeMap<>();
        in.declined().stream().filter(d -> here.test(d.responsibleMunicipalityCode()) && inMonth.test(d.on()))
                .forEach(d -> declined.merge(Objects.requireNonNullElse(d.reason(), "OTHER"), 1L, Long::sum));
        putYouths(figures, "declinedProposals" + suffix, declined.values().stream().mapToLong(Long::longValue).sum());
        declined.forEach((reason, count) -> putYouths(figures, "declinedProposals" + suffix + "." + reason, count));
        Map<String, Long> rules = new TreeMap<>();
        long unmet = 0;
        for (FigureInputs.Unmet need : in.unmet()) {
            if (here.test(need.responsibleMunicipalityCode()) && inMonth.test(need.on())) {
                unmet++;
                need.rules().forEach(rule -> rules.merge(rule, 1L, Long::sum));
            }
        }
        putYouths(figures, "unmetNeeds" + suffix, unmet);
        rules.forEach((rule, count) -> putYouths(figures, "unmetNeeds" + suffix + "." + rule, count));
    }

    /** A count of youths: null below five. */
    private static void putYouths(Map<String, Long> figures, String name, long count) {
        Integer shown = SmallCounts.shown((int) Math.min(Integer.MAX_VALUE, count));
        figures.put(name, shown == null ? null : shown.longValue());
    }

    private static void add(Map<String, Long> figures, String name, long value) {
        figures.merge(name, value, Long::sum);
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** The municipalities the inputs name (the scopes figures are published for). */
    public static List<String> municipalities(FigureInputs in) {
        Set<String> codes = new TreeSet<>(Comparator.nullsFirst(Comparator.<String> naturalOrder()));
        in.units().forEach(u -> codes.add(u.municipalityCode()));
        in.waiting().forEach(w -> codes.add(w.municipalityCode()));
        in.stays().forEach(s -> codes.add(s.responsibleMunicipalityCode()));
        in.requests().forEach(r -> codes.add(r.responsibleMunicipalityCode()));
        codes.remove(null);
        return List.copyOf(codes);
    }
}
