package nl.plekwijzer.matching.waitlist;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated;
import nl.plekwijzer.foundation.privacy.SmallCounts;

/**
 * Raw (entries on the providers' lists) and deduplicated (youths) counts per care function, for
 * one municipality or all, and for the whole region also per municipality, with how long the
 * youths have waited (since their earliest registration on any list). A youth placed in the care
 * function no longer counts as waiting. A raw entry counts for the
 * municipality its provider named; a youth for the municipality of their regional entry. For
 * municipalities small counts are suppressed ({@link SmallCounts}), and with them the waiting time;
 * the longest wait, one child's figure, is for coordinators only.
 */
public final class WaitlistCounts {

    /** A count is null when suppressed; waiting days are null when suppressed or unknown. */
    public record Count(UnitKind careFunction, Integer raw, Integer deduplicated, Integer medianWaitingDays,
            Integer longestWaitingDays) {
    }

    /** The counts of one municipality; municipalityCode null for entries that name none. */
    public record MunicipalityCounts(String municipalityCode, List<Count> counts) {
    }

    /** byMunicipality only when the whole region was asked for (coordinators). */
    public record Stats(String municipalityCode, List<Count> counts, List<MunicipalityCounts> byMunicipality,
            boolean smallCountsSuppressed) {
    }

    /** A provider's entry with the fields the counts need. */
    public record RawEntry(UnitKind careFunction, String municipalityCode) {
    }

    private WaitlistCounts() {
    }

    public static Stats of(String municipalityCode, Collection<RawEntry> raw,
            Collection<RegionalWaitlistEntryUpdated> deduplicated, boolean suppressSmall, LocalDate today) {
        if (municipalityCode != null || suppressSmall) {
            return new Stats(municipalityCode, counts(raw, deduplicated, code -> Objects.equals(code, municipalityCode),
                    suppressSmall, today), null, suppressSmall);
        }
        Map<String, Boolean> codes = new TreeMap<>(Comparator.nullsLast(Comparator.<String> naturalOrder()));
        raw.forEach(entry -> codes.put(entry.municipalityCode(), true));
        deduplicated.forEach(entry -> codes.put(entry.municipalityCode(), true));
        List<MunicipalityCounts> byMunicipality = codes.keySet().stream()
                .map(code -> new MunicipalityCounts(code,
                        counts(raw, deduplicated, c -> Objects.equals(c, code), false, today)))
                .toList();
        return new Stats(null, counts(raw, deduplicated, code -> true, false, today), byMunicipality, false);
    }

    private static List<Count> counts(Collection<RawEntry> raw, Collection<RegionalWaitlistEntryUpdated> deduplicated,
            Predicate<String> municipality, boolean suppressSmall, LocalDate today) {
        Map<UnitKind, int[]> counts = new TreeMap<>();
        Map<UnitKind, List<Long>> waitingDays = new TreeMap<>();
        for (RawEntry entry : raw) {
            if (municipality.test(entry.municipalityCode())) {
                counts.computeIfAbsent(entry.careFunction(), k -> new int[2])[0]++;
            }
        }
        for (RegionalWaitlistEntryUpdated entry : deduplicated) {
            // A placed youth waits no longer: their waiting time ended the day of the placement.
            if (entry.placedOn() == null && municipality.test(entry.municipalityCode())) {
                counts.computeIfAbsent(entry.careFunction(), k -> new int[2])[1]++;
                entry.members().stream().map(RegionalWaitlistEntryUpdated.Member::registeredOn)
                        .filter(Objects::nonNull).min(Comparator.naturalOrder())
                        .ifPresent(since -> waitingDays.computeIfAbsent(entry.careFunction(), k -> new ArrayList<>())
                                .add(Math.max(0, ChronoUnit.DAYS.between(since, today))));
            }
        }
        return counts.entrySet().stream()
                .map(e -> {
                    Integer deduplicatedCount = shown(e.getValue()[1], suppressSmall);
                    List<Long> days = waitingDays.getOrDefault(e.getKey(), List.of());
                    boolean waitingShown = deduplicatedCount != null && !days.isEmpty();
                    return new Count(e.getKey(), shown(e.getValue()[0], suppressSmall), deduplicatedCount,
                            waitingShown ? median(days) : null,
                            waitingShown && !suppressSmall ? Math.toIntExact(Collections.max(days)) : null);
                })
                .toList();
    }

    /** The median in whole days (the lower middle of an even count). */
    static int median(List<Long> days) {
        List<Long> sorted = new ArrayList<>(days);
        Collections.sort(sorted);
        return Math.toIntExact(sorted.get((sorted.size() - 1) / 2));
    }

    private static Integer shown(int count, boolean suppressSmall) {
        return suppressSmall ? SmallCounts.shown(count) : Integer.valueOf(count);
    }
}
