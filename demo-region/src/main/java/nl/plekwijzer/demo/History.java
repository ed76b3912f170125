package nl.plekwijzer.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import nl.plekwijzer.demo.Twente.Municipality;

/**
 * Daily figures for the months before the demo region was loaded, so that the dashboard's charts
 * and the monthly report have months to show. Generated, like the region itself, from a seed: each
 * municipality's places as the region has them; its share of free places, waiting youths and
 * median wait walking back in time from what the region holds on the load day, so that the last
 * day of the history meets the live figures. notification-service suppresses the small counts on
 * import.
 */
final class History {

    static final String REGION = "REGION";

    private History() {
    }

    /** One day of one scope (a municipality's CBS code, or REGION), as the import takes it. */
    record Day(String scope, LocalDate day, Map<String, Long> figures) {
    }

    private static long median(List<Long> sorted) {
        return sorted.isEmpty() ? 0 : sorted.get((sorted.size() - 1) / 2);
    }

    static List<Day> generate(Region region, LocalDate today, int days, long seed) {
        Random random = new Random(seed);
        List<Day> history = new ArrayList<>();
        Map<LocalDate, Map<String, Long>> regionByDay = new LinkedHashMap<>();
        for (Municipality municipality : Twente.MUNICIPALITIES) {
            String code = municipality.code();
            long places = region.units().stream().filter(u -> u.municipality().code().equals(code))
                    .mapToLong(Region.Unit::places).sum();
            long units = region.units().stream().filter(u -> u.municipality().code().equals(code)).count();
            long availableNow = region.units().stream().filter(u -> u.municipality().code().equals(code))
                    .mapToLong(Region.Unit::available).sum();
            Map<String, LocalDate> waitingSince = new HashMap<>();
            region.waitlist().stream().filter(e -> e.youth().municipality().code().equals(code))
                    .forEach(e -> waitingSince.merge(e.youth().bsn(), e.registeredOn(), (a, b) -> a.isBefore(b) ? a : b));
            Set<String> waitingNow = new HashSet<>(waitingSince.keySet());
            long medianNow = median(waitingSince.values().stream()
                    .map(since -> ChronoUnit.DAYS.between(since, today)).sorted().toList());
            long requestsNow = region.requests().stream().filter(r -> r.responsible().code().equals(code)).count();
            // The share of free places walks back from the load day's, a day at a time.
            double[] freeShare = new double[days + 1];
            freeShare[0] = places == 0 ? 0 : (double) availableNow / places;
            for (int back = 1; back <= days; back++) {
                freeShare[back] = Math.max(0.0, Math.min(0.25, freeShare[back - 1] + (random.nextDouble() - 0.5) * 0.01));
            }
            Map<YearMonth, Long> inflowOfMonth = new HashMap<>();
            Map<YearMonth, Long> outflowOfMonth = new HashMap<>();
            for (int back = days; back >= 1; back--) {
                LocalDate day = today.minusDays(back);
                double ago = (double) back / days;
                // Waits grew by about a sixth over the period.
                double median = medianNow * (1 - ago / 6) * (0.98 + random.nextDouble() * 0.04);
                long available = Math.round(places * freeShare[back]);
                long occupied = places - available;
                // The waiting list grew by about a fifth over the period: the gap the region knows.
                long waiting = Math.round(waitingNow.size() * (1 - 0.2 * ago) * (0.97 + random.nextDouble() * 0.06));
                YearMonth month = YearMonth.from(day);
                long monthlyInflow = Math.max(1, Math.round(requestsNow / 3.0));
                long inflow = Math.round(monthlyInflow * day.getDayOfMonth() / (double) month.lengthOfMonth());
                long outflow = Math.round(inflow * 0.8);
                inflowOfMonth.put(month, inflow);
                outflowOfMonth.put(month, outflow);
                Map<String, Long> figures = new LinkedHashMap<>();
                figures.put("units", units);
                figures.put("places", places);
                figures.put("availablePlaces", available);
                figures.put("admissiblePlaces", available);
                figures.put("occupiedPlaces", occupied);
                figures.put("occupancyPercent", places == 0 ? 0 : Math.round(100.0 * occupied / places));
                figures.put("waitingYouths", waiting);
                figures.put("medianWaitingDays", Math.round(median));
                figures.put("activePlacements", Math.round(occupied * 0.9));
                figures.put("inflow", inflow);
                figures.put("throughflow", Math.round(inflow * 0.7));
                figures.put("outflow", outflow);
                figures.put("inflowPreviousMonth", inflowOfMonth.getOrDefault(month.minusMonths(1), monthlyInflow));
                figures.put("outflowPreviousMonth", outflowOfMonth.getOrDefault(month.minusMonths(1),
                        Math.round(monthlyInflow * 0.8)));
                history.add(new Day(municipality.code(), day, figures));
                Map<String, Long> sum = regionByDay.computeIfAbsent(day, d -> new LinkedHashMap<>());
                figures.forEach((name, value) -> sum.merge(name, value, Long::sum));
            }
        }
        regionByDay.forEach((day, sum) -> {
            // Percentages and medians do not add up: the region's occupancy from its sums, its median
            // the average of the municipalities'.
            sum.put("occupancyPercent", sum.get("places") == 0 ? 0
                    : Math.round(100.0 * sum.get("occupiedPlaces") / sum.get("places")));
            sum.put("medianWaitingDays", Math.round(sum.get("medianWaitingDays") / (double) Twente.MUNICIPALITIES.size()));
            history.add(new Day(REGION, day, sum));
        });
        return history;
    }
}
