package nl.plekwijzer.intake.waitlist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What replacing a provider's waiting list changes, entry by {@code providerEntryId}: entries that
 * are new, entries that are gone, and entries whose data differ.
 */
public record WaitlistDiff(List<WaitlistEntry> added, List<WaitlistEntry> removed, List<WaitlistEntry> changed) {

    public static WaitlistDiff between(Collection<WaitlistEntry> previous, Collection<WaitlistEntry> next) {
        Map<String, WaitlistEntry> before = byId(previous);
        Map<String, WaitlistEntry> after = byId(next);
        List<WaitlistEntry> added = new ArrayList<>();
        List<WaitlistEntry> changed = new ArrayList<>();
        after.forEach((id, entry) -> {
            WaitlistEntry old = before.get(id);
            if (old == null) {
                added.add(entry);
            } else if (!old.equals(entry)) {
                changed.add(entry);
            }
        });
        List<WaitlistEntry> removed = before.entrySet().stream()
                .filter(e -> !after.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        return new WaitlistDiff(added, removed, changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    private static Map<String, WaitlistEntry> byId(Collection<WaitlistEntry> entries) {
        Map<String, WaitlistEntry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.providerEntryId(), e));
        return byId;
    }
}
