package nl.plekwijzer.matching.waitlist.linkage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The decisions about pairs of entries behind a coordinator's split, merge or confirmation. They are
 * kept per pair, so they hold for the same entries in every later run, however the clusters change.
 */
public final class Review {

    /** Two entries (member keys) that must link (true) or cannot link (false). */
    public record Decision(String memberA, String memberB, boolean mustLink) {
    }

    private Review() {
    }

    /** The leaving entries are kept apart from every entry that stays. */
    public static List<Decision> split(Collection<String> members, Set<String> leaving) {
        return pairs(leaving, members.stream().filter(member -> !leaving.contains(member)).toList(), false);
    }

    /** Every entry of the one cluster must link with every entry of the other. */
    public static List<Decision> merge(Collection<String> members, Collection<String> otherMembers) {
        return pairs(members, otherMembers, true);
    }

    /** Every two entries of the cluster must link. */
    public static List<Decision> confirm(List<String> members) {
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            decisions.addAll(pairs(List.of(members.get(i)), members.subList(i + 1, members.size()), true));
        }
        return decisions;
    }

    private static List<Decision> pairs(Collection<String> some, Collection<String> others, boolean mustLink) {
        List<Decision> decisions = new ArrayList<>();
        for (String a : some) {
            for (String b : others) {
                decisions.add(new Decision(a, b, mustLink));
            }
        }
        return decisions;
    }
}
