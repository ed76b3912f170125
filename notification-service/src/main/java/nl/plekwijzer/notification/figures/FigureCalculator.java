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
import java.util.regex.Pattern;

import nl.plekwijzer.foundation.privacy.SmallCounts;

/**
 * The municipal figures, in plain Java: for one municipality (or the whole region), a flat map of
 * named figures; a breakdown per kind of place or care function is the name plus {@code .KIND}.
 * Capacity counts places; everything that counts youths is suppressed below five, with what would
 * give it away (domain rule 17): shown as null ("<5"), and a waiting time with it.
 *
 * <ul>
 * <li>capacity (by the unit's municipality): units, places, availablePlaces, admissiblePlaces,
 * occupiedPlaces, heldBackPlaces, heldForProposals, occupancyPercent, staleUnitsPercent;</li>
 * <li>waiting (by the waiting-list entry's municipality): waitingYouths (youths, once; per care
 * function its entries), medianWaitingDays (of five or more), p90WaitingDays (of ten or more);</li>
 * <li>stays (by the responsible municipality): activePlacements, bridgingPlacements,
 * crisisStaysPast28Days (crisis stays that have lasted more than 28 days);</li>
 * <li>flows this month and last: inflow (requests submitted) and referrers by kind of referrer (the
 * referrer mix), throughflow (placements started), replacements (of those, re-placements), outflow
 * (placements ended), endings by destination, declinedProposals by reason, unmetNeeds by rule, by
 * age band (unmetNeedsByAge) and by gender (unmetNeedsByGender).</li>
 * </ul>
 */
public final class FigureCalculator {

    /** A crisis stay longer than this is counted (domain rule 6: it is really a bridging placement). */
    static final int CRISIS_DAYS = 28;

    /** A median of fewer than five waits, or a p90 of fewer than ten, would describe one youth's wait. */
    static final int WAITS_FOR_A_MEDIAN = SmallCounts.SMALLEST_SHOWN;
    static final int WAITS_FOR_A_P90 = 2 * SmallCounts.SMALLEST_SHOWN;

    private FigureCalculator() {
    }

    /** @param municipalityCode null for the whole region */
    public static Map<String, Long> figures(String municipalityCode, FigureInputs in, LocalDate today) {
        Predicate<String> here = code -> municipalityCode == null || municipalityCode.equals(code);
        Map<String, Long> figures = new TreeMap<>();
        Set<String> youthCounts = new TreeSet<>();
        capacity(figures, in, here);
        waiting(figures, youthCounts, in, here, today);
        stays(figures, youthCounts, in, here, today);
        YearMonth thisMonth = YearMonth.from(today);
        flows(figures, youthCounts, in, here, thisMonth, "");
        flows(figures, youthCounts, in, here, thisMonth.minusMonths(1), "PreviousMonth");
        suppress(figures, youthCounts);
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

    private static void waiting(Map<String, Long> figures, Set<String> youthCounts, FigureInputs in,
            Predicate<String> here, LocalDate today) {
        // The total counts youths (clusters), once however many care functions they wait for, since their
        // earliest registration; a care function counts its entries.
        Map<String, LocalDate> youthSince = new TreeMap<>();
        Map<String, List<Long>> days = new TreeMap<>();
        for (FigureInputs.WaitingYouth youth : in.waiting()) {
            if (youth.placedOn() != null || !here.test(youth.municipalityCode())) {
                continue;
            }
            youthSince.merge(youth.clusterId(), youth.waitingSince() == null ? LocalDate.MAX : youth.waitingSince(),
                    (a, b) -> a.isBefore(b) ? a : b);
            days.computeIfAbsent("." + youth.careFunction().name(), k -> new ArrayList<>())
                    .add(waited(youth.waitingSince(), today));
        }
        List<Long> perYouth = new ArrayList<>();
        youthSince.values().forEach(since -> perYouth.add(waited(LocalDate.MAX.equals(since) ? null : since, today)));
        days.put("", perYouth);
        days.forEach((suffix, waited) -> {
            figures.put("waitingYouths" + suffix, (long) waited.size());
            youthCounts.add("waitingYouths" + suffix);
            List<Long> known = waited.stream().filter(d -> d >= 0).sorted().toList();
            figures.put("medianWaitingDays" + suffix, known.size() >= WAITS_FOR_A_MEDIAN ? percentile(known, 50) : null);
            figures.put("p90WaitingDays" + suffix, known.size() >= WAITS_FOR_A_P90 ? percentile(known, 90) : null);
        });
    }

    /** Days waited, or -1 when the start of the wait is not known. */
    private static long waited(LocalDate since, LocalDate today) {
        return since == null ? -1 : Math.max(0, ChronoUnit.DAYS.between(since, today));
    }

    private static void stays(Map<String, Long> figures, Set<String> youthCounts, FigureInputs in,
            Predicate<String> here, LocalDate today) {
        long active = 0;
        long bridging = 0;
        long pastCrisisEnd = 0;
        for (FigureInputs.Stay stay : in.stays()) {
            if (!here.test(stay.responsibleMunicipalityCode()) || stay.endedOn() != null) {
                continue;
            }
            active++;
            bridging += stay.bridging() ? 1 : 0;
            // A crisis stay (it has a crisis end date) that has lasted more than 28 days.
            pastCrisisEnd += stay.crisisEndDate() != null && stay.startDate() != null
                    && today.isAfter(stay.startDate().plusDays(CRISIS_DAYS)) ? 1 : 0;
        }
        putYouths(figures, youthCounts, "activePlacements", active);
        putYouths(figures, youthCounts, "bridgingPlacements", bridging);
        putYouths(figures, youthCounts, "crisisStaysPast28Days", pastCrisisEnd);
    }

    private static void flows(Map<String, Long> figures, Set<String> youthCounts, FigureInputs in,
            Predicate<String> here, YearMonth month, String suffix) {
        Predicate<LocalDate> inMonth = day -> day != null && YearMonth.from(day).equals(month);
        List<FigureInputs.Request> submitted = in.requests().stream()
                .filter(r -> here.test(r.responsibleMunicipalityCode()) && inMonth.test(r.submittedOn())).toList();
        putYouths(figures, youthCounts, "inflow" + suffix, submitted.size());
        breakdown(figures, youthCounts, "referrers" + suffix, submitted.stream().map(FigureInputs.Request::referrerType));
        putYouths(figures, youthCounts, "throughflow" + suffix, in.stays().stream()
                .filter(s -> here.test(s.responsibleMunicipalityCode()) && inMonth.test(s.startDate())).count());
        putYouths(figures, youthCounts, "replacements" + suffix, in.stays().stream()
                .filter(s -> here.test(s.responsibleMunicipalityCode()) && inMonth.test(s.startDate())
                        && s.replacement()).count());
        Map<String, Long> endings = new TreeMap<>();
        long outflow = 0;
        for (FigureInputs.Stay stay : in.stays()) {
            if (here.test(stay.responsibleMunicipalityCode()) && inMonth.test(stay.endedOn())) {
                outflow++;
                endings.merge(Objects.requireNonNullElse(stay.destination(), "OTHER"), 1L, Long::sum);
            }
        }
        putYouths(figures, youthCounts, "outflow" + suffix, outflow);
        endings.forEach((destination, count) -> putYouths(figures, youthCounts,
                "endings" + suffix + "." + destination, count));
        Map<String, Long> declined = new TreeMap<>();
        in.declined().stream().filter(d -> here.test(d.responsibleMunicipalityCode()) && inMonth.test(d.on()))
                .forEach(d -> declined.merge(Objects.requireNonNullElse(d.reason(), "OTHER"), 1L, Long::sum));
        putYouths(figures, youthCounts, "declinedProposals" + suffix,
                declined.values().stream().mapToLong(Long::longValue).sum());
        declined.forEach((reason, count) -> putYouths(figures, youthCounts,
                "declinedProposals" + suffix + "." + reason, count));
        Map<String, Long> rules = new TreeMap<>();
        List<FigureInputs.Unmet> unmet = in.unmet().stream()
                .filter(need -> here.test(need.responsibleMunicipalityCode()) && inMonth.test(need.on())).toList();
        unmet.forEach(need -> need.rules().forEach(rule -> rules.merge(rule, 1L, Long::sum)));
        putYouths(figures, youthCounts, "unmetNeeds" + suffix, unmet.size());
        rules.forEach((rule, count) -> putYouths(figures, youthCounts,
                "unmetNeeds" + suffix + "." + rule, count));
        breakdown(figures, youthCounts, "unmetNeedsByAge" + suffix,
                unmet.stream().map(need -> ageBand(need.ageYears())));
        breakdown(figures, youthCounts, "unmetNeedsByGender" + suffix, unmet.stream().map(FigureInputs.Unmet::gender));
    }

    /** One count per value ({@code UNKNOWN} for null), named {@code base.VALUE}. */
    private static void breakdown(Map<String, Long> figures, Set<String> youthCounts, String base,
            java.util.stream.Stream<String> values) {
        Map<String, Long> counts = new TreeMap<>();
        values.forEach(value -> counts.merge(Objects.requireNonNullElse(value, "UNKNOWN"), 1L, Long::sum));
        counts.forEach((value, count) -> putYouths(figures, youthCounts, base + "." + value, count));
    }

    /** The age bands of the figures: young children, primary school, secondary school, 16-17, adults. */
    static String ageBand(Integer ageYears) {
        if (ageYears == null) {
            return null;
        }
        return ageYears < 6 ? "0-5" : ageYears < 12 ? "6-11" : ageYears < 16 ? "12-15" : ageYears < 18 ? "16-17" : "18+";
    }

    /**
     * Hides every count of youths from 1 to 4, and what would give it away (domain rule 17): in a
     * group of counts that add up to a total (per care function, destination, reason, rule), the
     * next smallest counts are hidden too until at least two are hidden and together they are at
     * least five, so that subtracting from the total finds no single count. The total stays shown;
     * only when the group has no count left to hide is the total hidden as well. A waiting time
     * goes with its count.
     */
    private static void suppress(Map<String, Long> figures, Set<String> youthCounts) {
        Set<String> hidden = new TreeSet<>();
        youthCounts.stream().filter(name -> SmallCounts.suppressed(figures.get(name).intValue())).forEach(hidden::add);
        Map<String, List<String>> groups = new TreeMap<>();
        youthCounts.stream().filter(name -> name.contains("."))
                .forEach(name -> groups.computeIfAbsent(baseOf(name), k -> new ArrayList<>()).add(name));
        groups.forEach((base, cells) -> {
            List<String> hiddenCells = new ArrayList<>(cells.stream().filter(hidden::contains).toList());
            if (hiddenCells.isEmpty()) {
                return;
            }
            List<String> visible = new ArrayList<>(cells.stream().filter(c -> !hidden.contains(c) && figures.get(c) > 0)
                    .sorted(Comparator.comparing(figures::get)).toList());
            while (givesAway(hiddenCells, figures) && !visible.isEmpty()) {
                String next = visible.remove(0);
                hidden.add(next);
                hiddenCells.add(next);
            }
            if (givesAway(hiddenCells, figures)) {
                hidden.add(totalOf(base));
            }
        });
        hidden.forEach(name -> hide(figures, name));
    }

    /** Breakdowns whose total is a figure of another name; the rest add up to their own base name. */
    private static final Map<String, String> TOTAL_OF = Map.of("endings", "outflow", "referrers", "inflow",
            "unmetNeedsByAge", "unmetNeeds", "unmetNeedsByGender", "unmetNeeds");

    /** The total a breakdown adds up to: {@code outflowPreviousMonth} for {@code endingsPreviousMonth}. */
    private static String totalOf(String base) {
        for (Map.Entry<String, String> breakdown : TOTAL_OF.entrySet()) {
            if (base.startsWith(breakdown.getKey())) {
                return breakdown.getValue() + base.substring(breakdown.getKey().length());
            }
        }
        return base;
    }

    /** Whether the total minus the shown counts would tell one hidden count, or a sum below five. */
    private static boolean givesAway(List<String> hiddenCells, Map<String, Long> figures) {
        return hiddenCells.size() < 2
                || hiddenCells.stream().mapToLong(figures::get).sum() < SmallCounts.SMALLEST_SHOWN;
    }

    /** Hides a count, and with a count of waiting youths their waiting times. */
    private static void hide(Map<String, Long> figures, String name) {
        figures.put(name, null);
        if (name.startsWith("waitingYouths")) {
            String suffix = name.substring("waitingYouths".length());
            figures.put("medianWaitingDays" + suffix, null);
            figures.put("p90WaitingDays" + suffix, null);
        }
    }

    /** A figure's name before its breakdown: {@code waitingYouths} for {@code waitingYouths.FAMILY_HOME}. */
    public static String baseOf(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** Figures that measure rather than count: without anything (or enough) to measure they have no value. */
    private static final Set<String> MEASURES = Set.of("medianWaitingDays", "p90WaitingDays", "occupancyPercent",
            "staleUnitsPercent");

    public static boolean isMeasure(String name) {
        return MEASURES.contains(baseOf(name));
    }

    private static void putYouths(Map<String, Long> figures, Set<String> youthCounts, String name, long count) {
        figures.put(name, count);
        youthCounts.add(name);
    }

    private static void add(Map<String, Long> figures, String name, long value) {
        figures.merge(name, value, Long::sum);
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** The figures that count youths, by their name before any breakdown. */
    private static final Set<String> YOUTH_COUNTS = youthCounts();

    /** Every figure {@link #figures} makes, by its name before any breakdown. */
    private static final Set<String> BASES = bases();

    private static Set<String> bases() {
        Set<String> bases = new TreeSet<>(YOUTH_COUNTS);
        bases.addAll(MEASURES);
        bases.addAll(Set.of("units", "staleUnits", "places", "availablePlaces", "admissiblePlaces", "occupiedPlaces",
                "heldBackPlaces", "heldForProposals"));
        return Set.copyOf(bases);
    }

    /** What follows the dot of a breakdown: a code (a kind, a rule, an age band like 0-5 or 18+). */
    private static final Pattern BREAKDOWN = Pattern.compile("[A-Z0-9_+-]{1,40}");

    /**
     * Whether this is the name of a figure plekwijzer makes ({@code waitingYouths.FAMILY_HOME} is):
     * a known figure, and after a dot a code, never free text.
     */
    public static boolean isKnown(String name) {
        int dot = name.indexOf('.');
        return BASES.contains(baseOf(name)) && (dot < 0 || BREAKDOWN.matcher(name.substring(dot + 1)).matches());
    }

    /**
     * A past day's figures made elsewhere (an imported history), made as safe as the service's own:
     * the youth counts among them suppressed exactly as {@link #figures} suppresses its own.
     */
    public static Map<String, Long> suppressedCopy(Map<String, Long> raw) {
        Map<String, Long> figures = new TreeMap<>(raw);
        Set<String> youthCounts = new TreeSet<>();
        figures.keySet().stream().filter(name -> YOUTH_COUNTS.contains(baseOf(name))).forEach(youthCounts::add);
        for (String name : List.copyOf(figures.keySet())) {
            String suffix = name.substring(baseOf(name).length());
            long waits = figures.getOrDefault("waitingYouths" + suffix, 0L);
            if (name.startsWith("medianWaitingDays") && waits < WAITS_FOR_A_MEDIAN
                    || name.startsWith("p90WaitingDays") && waits < WAITS_FOR_A_P90) {
                figures.put(name, null);
            }
        }
        suppress(figures, youthCounts);
        return figures;
    }

    private static Set<String> youthCounts() {
        Set<String> counts = new TreeSet<>(Set.of("waitingYouths", "activePlacements", "bridgingPlacements",
                "crisisStaysPast28Days"));
        for (String flow : List.of("inflow", "referrers", "throughflow", "replacements", "outflow", "endings",
                "declinedProposals", "unmetNeeds", "unmetNeedsByAge", "unmetNeedsByGender")) {
            counts.add(flow);
            counts.add(flow + "PreviousMonth");
        }
        return Set.copyOf(counts);
    }

    /**
     * The region's figures to show beside a municipality's. Whoever sees both can subtract: region
     * minus municipality is what the rest of the region has together. So the rest is suppressed as
     * a municipality's own figures are (small counts, and what would give them away within their
     * group), and whatever that hides is hidden in the region column.
     */
    public static Map<String, Long> regionBeside(Map<String, Long> municipality, Map<String, Long> region) {
        Map<String, Long> rest = new TreeMap<>();
        region.forEach((name, value) -> {
            Long own = municipality.containsKey(name) ? municipality.get(name) : Long.valueOf(0);
            if (value != null && own != null && YOUTH_COUNTS.contains(baseOf(name))) {
                rest.put(name, value - own);
            }
        });
        Set<String> restCounts = Set.copyOf(rest.keySet());
        suppress(rest, restCounts);
        Map<String, Long> shown = new TreeMap<>(region);
        restCounts.stream().filter(name -> rest.get(name) == null).forEach(name -> hide(shown, name));
        return shown;
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
