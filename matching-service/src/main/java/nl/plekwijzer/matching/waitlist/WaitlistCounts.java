package nl.plekwijzer.matching.waitlist;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated;
import nl.plekwijzer.matching.privacy.SmallCounts;

/**
 * Raw (entries on the providers' lists) and deduplicated (youths) counts per care function, for
 * one municipality or all. For municipalities small counts are suppressed ({@link SmallCounts}).
 */
public final class WaitlistCounts {

    /** A count is null when suppressed. */
    public record Count(UnitKind careFunction, Integer raw, Integer deduplicated) {
    }

    public record Stats(String municipalityCode, List<Count> counts, boolean smallCountsSuppressed) {
    }

    /** A provider's entry with the fields the counts need. */
    public record RawEntry(UnitKind careFunction, String municipalityCode) {
    }

    private WaitlistCounts() {
    }

    public static Stats of(String municipalityCode, Collection<RawEntry> raw,
            Collection<RegionalWaitlistEntryUpdated> deduplicated, boolean suppressSmall) {
        Map<UnitKind, int[]> counts = new TreeMap<>();
        for (RawEntry entry : raw) {
            if (municipalityCode == null || municipalityCode.equals(entry.municipalityCode())) {
                counts.computeIfAbsent(entry.careFunction(), k -> new int[2])[0]++;
            }
        }
        for (RegionalWaitlistEntryUpdated entry : deduplicated) {
            if (municipalityCode == null || municipalityCode.equals(entry.municipalityCode())) {
                counts.computeIfAbsent(entry.careFunction(), k -> new int[2])[1]++;
            }
        }
        List<Count> list = counts.entrySet().stream()
                .map(e -> new Count(e.getKey(), shown(e.getValue()[0], suppressSmall),
                        shown(e.getValue()[1], suppressSmall)))
                .toList();
        return new Stats(municipalityCode, list, suppressSmall);
    }

    private static Integer shown(int count, boolean suppressSmall) {
        return suppressSmall ? SmallCounts.shown(count) : Integer.valueOf(count);
    }
}
