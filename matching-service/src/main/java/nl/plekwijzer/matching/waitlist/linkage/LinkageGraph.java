package nl.plekwijzer.matching.waitlist.linkage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated.LinkConfidence;

/**
 * Links waiting-list entries ("members", by key) of the same youth into clusters, incrementally,
 * without a list of BSNs and without names.
 *
 * <p>
 * The graph holds a link between two members when they share a BSN pseudonym, when
 * {@link FellegiSunter} scores them at or above its lower threshold (only pairs that share a
 * blocking key are compared, see {@link #BLOCKS}), or when a coordinator merged them. A change
 * compares only the changed member, and {@link #recluster()} clusters again only the connected
 * parts of the graph that a change touched. Within such a part links are taken strongest first
 * (manual, pseudonym, then by weight) and two clusters are joined unless they hold different
 * pseudonyms or a coordinator split them apart ("cannot link"). So the clusters depend only on the
 * links, and an incremental run gives the same clusters as a run from scratch with the same
 * {@link LinkageModel} (a graph keeps the model it was made with; a new model means a new graph).
 *
 * <p>
 * A cluster keeps its id while it keeps most of its members: after a change, the old ids go to
 * the new clusters that share the most members with them.
 */
public final class LinkageGraph {

    /** What a link rests on, strongest first. */
    public enum Kind {
        MANUAL, PSEUDONYM, LINK, REVIEW
    }

    /** Why a member is in its cluster: its strongest link to another member of that cluster. */
    public record Evidence(String linkedTo, Kind kind, double weight) {
    }

    /**
     * A cluster (one youth): members sorted; evidence per member (none for a single member);
     * linkScore is the weakest score that joined it, null when no score did.
     */
    public record Cluster(String id, List<String> members, LinkConfidence confidence, BigDecimal linkScore,
            Map<String, Evidence> evidence) {
    }

    /** A member that went from one cluster to another; from is null when new, to when removed. */
    public record Move(String member, String from, String to) {
    }

    /** What a {@link #recluster()} changed: every cluster it formed again, and the ids that went away. */
    public record Changes(List<Cluster> clusters, Set<String> removedClusterIds, List<Move> moves) {

        public boolean isEmpty() {
            return clusters.isEmpty() && removedClusterIds.isEmpty();
        }
    }

    /**
     * The blocking passes: two entries are compared when they share the key of a pass. The date
     * passes find entries of one youth unless the birth dates differ in more than one of day, month
     * and year (a day-month swap has its own pass) or the genders differ; the family-name passes
     * find them when the family name and one of birth year (with gender), first name and postcode are the same,
     * whatever else differs (a date known only to its year, another name form, a move). A pass
     * without its key for an entry (no family name) does not block that entry.
     */
    static final List<BiFunction<LinkRecord, Comparison.PlaceholderDates, String>> BLOCKS = List.of(
            (r, placeholders) -> "date|" + r.birthDate().date() + "|" + r.gender(),
            (r, placeholders) -> "year-month|" + r.birthDate().yearMonth() + "|" + r.gender(),
            (r, placeholders) -> "year-day|" + r.birthDate().yearDay() + "|" + r.gender(),
            // A placeholder month-day (1 January) would make one block of every date known only to its
            // year: pairs there agree on nothing but the placeholder.
            (r, placeholders) -> placeholders.isPlaceholder(r.birthDate().monthDay()) ? null
                    : "month-day|" + r.birthDate().monthDay() + "|" + r.gender(),
            // A date and the same with day and month swapped share this key.
            (r, placeholders) -> "swapped|" + sorted(r.birthDate().date(), r.birthDate().swapped()) + "|" + r.gender(),
            (r, placeholders) -> r.familyName() == null ? null
                    : "family-year|" + r.familyName().key() + "|" + r.birthDate().year() + "|" + r.gender(),
            (r, placeholders) -> r.familyName() == null || r.firstGivenName() == null ? null
                    : "family-name|" + r.familyName().key() + "|" + r.firstGivenName().key(),
            (r, placeholders) -> r.familyName() == null || r.pc4() == null ? null
                    : "family-pc4|" + r.familyName().key() + "|" + r.pc4());

    private static String sorted(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    /** The key of each pass for an entry (null where the pass does not block it). */
    static String[] blockKeys(LinkRecord record, Comparison.PlaceholderDates placeholders) {
        return BLOCKS.stream().map(pass -> pass.apply(record, placeholders)).toArray(String[]::new);
    }

    /**
     * True when two entries share a block of a pass before this one: they were compared there. One
     * block per key, so the same block is the same key.
     */
    private static boolean shareAnEarlierBlock(Block[] blocks, Block[] otherBlocks, int pass) {
        for (int earlier = 0; earlier < pass; earlier++) {
            if (blocks[earlier] != null && blocks[earlier] == otherBlocks[earlier]) {
                return true;
            }
        }
        return false;
    }

    /** The members that share one key of a pass. */
    private static final class Block {
        final String key;
        final Set<Node> members = new HashSet<>();

        Block(String key) {
            this.key = key;
        }
    }

    /** A member with its record and its block of each pass (null where the pass does not block it). */
    private static final class Node {
        final String member;
        final LinkRecord record;
        final Block[] blocks;

        Node(String member, LinkRecord record, Block[] blocks) {
            this.member = member;
            this.record = record;
            this.blocks = blocks;
        }

        LinkRecord record() {
            return record;
        }
    }

    private record Link(String a, String b, Kind kind, double weight) {
    }

    private static final Comparator<Link> STRONGEST_FIRST = Comparator.comparing(Link::kind)
            .thenComparing(Comparator.comparingDouble(Link::weight).reversed())
            .thenComparing(Link::a).thenComparing(Link::b);

    private final FellegiSunter model;
    private final Supplier<String> newClusterId;
    private final Map<String, Node> nodes = new HashMap<>();
    private final List<Map<String, Block>> blocks = new ArrayList<>();
    private final Map<String, Set<String>> byPseudonym = new HashMap<>();
    /** Scored links (at or above the lower threshold), both ways. */
    private final Map<String, Map<String, Double>> scored = new HashMap<>();
    /** Coordinators' decisions, both ways: true = must link (merged), false = cannot link (split). */
    private final Map<String, Map<String, Boolean>> manual = new HashMap<>();
    private final Map<String, String> clusterIdOf = new HashMap<>();
    private final Map<String, Cluster> clusters = new HashMap<>();
    private final Set<String> dirty = new HashSet<>();
    /** Members removed since the last recluster, with the cluster they were in. */
    private final Map<String, String> removedFrom = new HashMap<>();
    private long comparisons;

    public LinkageGraph(FellegiSunter model, Supplier<String> newClusterId) {
        this.model = model;
        this.newClusterId = newClusterId;
        BLOCKS.forEach(pass -> blocks.add(new HashMap<>()));
    }

    /** Adds a member, or replaces its record; compares it with the members it shares a block with. */
    public void put(String member, LinkRecord record) {
        Node old = nodes.get(member);
        if (old != null) {
            if (old.record().sameAs(record)) {
                dirty.add(member);
                return;
            }
            detach(member, old);
        }
        String[] keys = blockKeys(record, model.model());
        Block[] own = new Block[keys.length];
        for (int pass = 0; pass < keys.length; pass++) {
            own[pass] = keys[pass] == null ? null : blocks.get(pass).computeIfAbsent(keys[pass], Block::new);
        }
        for (int pass = 0; pass < own.length; pass++) {
            if (own[pass] == null) {
                continue;
            }
            for (Node other : own[pass].members) {
                if (shareAnEarlierBlock(own, other.blocks, pass)
                        || record.pseudonym() != null && other.record.pseudonym() != null) {
                    continue;
                }
                comparisons++;
                double weight = model.weight(record, other.record);
                if (model.decision(weight) != FellegiSunter.Decision.NO_LINK) {
                    scored.computeIfAbsent(member, k -> new HashMap<>()).put(other.member, weight);
                    scored.computeIfAbsent(other.member, k -> new HashMap<>()).put(member, weight);
                }
            }
        }
        Node node = new Node(member, record, own);
        for (Block block : own) {
            if (block != null) {
                block.members.add(node);
            }
        }
        if (record.pseudonym() != null) {
            byPseudonym.computeIfAbsent(record.pseudonym(), k -> new HashSet<>()).add(member);
        }
        nodes.put(member, node);
        // Removed and added again before the next run: it is still in the cluster it was in.
        String wasIn = removedFrom.remove(member);
        if (wasIn != null) {
            clusterIdOf.put(member, wasIn);
        }
        dirty.add(member);
    }

    public void remove(String member) {
        Node old = nodes.remove(member);
        if (old == null) {
            return;
        }
        detach(member, old);
        dirty.remove(member);
        String cluster = clusterIdOf.remove(member);
        if (cluster != null) {
            removedFrom.put(member, cluster);
        }
    }

    /** Records a coordinator's decision on two members: must link (true) or cannot link (false). */
    public void decide(String a, String b, boolean mustLink) {
        if (a.equals(b)) {
            return;
        }
        manual.computeIfAbsent(a, k -> new HashMap<>()).put(b, mustLink);
        manual.computeIfAbsent(b, k -> new HashMap<>()).put(a, mustLink);
        markDirty(a);
        markDirty(b);
    }

    /** Sets the cluster a member was in before (stored), so that ids survive a restart. */
    public void restoreClusterId(String member, String clusterId) {
        clusterIdOf.put(member, clusterId);
    }

    public Cluster cluster(String clusterId) {
        return clusters.get(clusterId);
    }

    public String clusterIdOf(String member) {
        return clusterIdOf.get(member);
    }

    /** The members that carry this BSN pseudonym. */
    public Set<String> membersWithPseudonym(String pseudonym) {
        Set<String> members = byPseudonym.get(pseudonym);
        return members == null ? Set.of() : Set.copyOf(members);
    }

    public LinkRecord record(String member) {
        Node node = nodes.get(member);
        return node == null ? null : node.record();
    }

    public FellegiSunter model() {
        return model;
    }

    public int size() {
        return nodes.size();
    }

    /** A link's weight as it is shown and published: two decimals. */
    public static BigDecimal score(double weight) {
        return BigDecimal.valueOf(weight).setScale(2, RoundingMode.HALF_UP);
    }

    public int clusterCount() {
        return clusters.size();
    }

    /** Pairs scored since this graph was made. */
    public long comparisons() {
        return comparisons;
    }

    /** Clusters again the parts of the graph that changed since the last call. */
    public Changes recluster() {
        Set<String> seen = new HashSet<>();
        List<Group> groups = new ArrayList<>();
        for (String seed : new TreeSet<>(dirty)) {
            if (nodes.containsKey(seed) && !seen.contains(seed)) {
                groups.addAll(clusterComponent(component(seed, seen)));
            }
        }
        Map<Group, String> ids = assignIds(groups);
        Set<String> oldIds = new HashSet<>(removedFrom.values());
        List<Move> moves = new ArrayList<>();
        removedFrom.forEach((member, from) -> moves.add(new Move(member, from, null)));
        List<Cluster> formed = new ArrayList<>();
        for (Group group : groups) {
            String id = ids.get(group);
            for (String member : group.members()) {
                String from = clusterIdOf.put(member, id);
                if (from != null) {
                    oldIds.add(from);
                }
                if (!id.equals(from)) {
                    moves.add(new Move(member, from, id));
                }
            }
            formed.add(describe(id, group));
        }
        formed.forEach(cluster -> oldIds.remove(cluster.id()));
        oldIds.forEach(clusters::remove);
        formed.forEach(cluster -> clusters.put(cluster.id(), cluster));
        dirty.clear();
        removedFrom.clear();
        moves.sort(Comparator.comparing(Move::member));
        return new Changes(formed, oldIds, moves);
    }

    private void detach(String member, Node old) {
        markDirty(member);
        for (int pass = 0; pass < old.blocks.length; pass++) {
            Block block = old.blocks[pass];
            if (block != null) {
                block.members.remove(old);
                if (block.members.isEmpty()) {
                    blocks.get(pass).remove(block.key);
                }
            }
        }
        if (old.record().pseudonym() != null) {
            Set<String> same = byPseudonym.get(old.record().pseudonym());
            same.remove(member);
            same.forEach(dirty::add);
            if (same.isEmpty()) {
                byPseudonym.remove(old.record().pseudonym());
            }
        }
        Map<String, Double> links = scored.remove(member);
        if (links != null) {
            links.keySet().forEach(mate -> {
                scored.get(mate).remove(member);
                dirty.add(mate);
            });
        }
        manual.getOrDefault(member, Map.of()).keySet().forEach(this::markDirty);
    }

    /** Marks a member and its whole cluster for clustering again. */
    private void markDirty(String member) {
        if (nodes.containsKey(member)) {
            dirty.add(member);
        }
        Cluster cluster = clusters.get(clusterIdOf.get(member));
        if (cluster != null) {
            dirty.addAll(cluster.members());
        }
    }

    private List<String> component(String seed, Set<String> seen) {
        List<String> members = new ArrayList<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        queue.add(seed);
        seen.add(seed);
        while (!queue.isEmpty()) {
            String member = queue.poll();
            members.add(member);
            for (String next : neighbours(member)) {
                if (nodes.containsKey(next) && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        members.sort(null);
        return members;
    }

    private List<String> neighbours(String member) {
        List<String> next = new ArrayList<>(scored.getOrDefault(member, Map.of()).keySet());
        String pseudonym = nodes.get(member).record().pseudonym();
        if (pseudonym != null) {
            next.addAll(byPseudonym.get(pseudonym));
        }
        manual.getOrDefault(member, Map.of()).forEach((other, mustLink) -> {
            if (mustLink) {
                next.add(other);
            }
        });
        return next;
    }

    /** A cluster formed again: its members (sorted) and the links that joined them. */
    private record Group(List<String> members, List<Link> joinedBy) {
    }

    /** Union-find over one connected part, strongest link first, under the pseudonym and cannot-link rules. */
    private List<Group> clusterComponent(List<String> members) {
        if (members.size() == 1) {
            return List.of(new Group(members, List.of()));
        }
        Map<String, Integer> index = new HashMap<>();
        members.forEach(m -> index.put(m, index.size()));
        int[] parent = new int[members.size()];
        String[] pseudonym = new String[members.size()];
        List<List<Integer>> membersOf = new ArrayList<>();
        List<List<Link>> joinedBy = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            pseudonym[i] = nodes.get(members.get(i)).record().pseudonym();
            membersOf.add(new ArrayList<>(List.of(i)));
            joinedBy.add(new ArrayList<>());
        }
        for (Link link : links(members, index)) {
            int rootA = find(parent, index.get(link.a()));
            int rootB = find(parent, index.get(link.b()));
            if (rootA == rootB || pseudonym[rootA] != null && pseudonym[rootB] != null
                    && !pseudonym[rootA].equals(pseudonym[rootB])
                    || splitApart(rootA, rootB, membersOf, members, index, parent)) {
                continue;
            }
            int root = membersOf.get(rootA).size() >= membersOf.get(rootB).size() ? rootA : rootB;
            int other = root == rootA ? rootB : rootA;
            parent[other] = root;
            membersOf.get(root).addAll(membersOf.get(other));
            joinedBy.get(root).addAll(joinedBy.get(other));
            joinedBy.get(root).add(link);
            if (pseudonym[root] == null) {
                pseudonym[root] = pseudonym[other];
            }
        }
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            if (parent[i] == i) {
                groups.add(new Group(membersOf.get(i).stream().map(members::get).sorted().toList(), joinedBy.get(i)));
            }
        }
        return groups;
    }

    /** The links within a part, strongest first; pseudonym links as a star from the first member. */
    private List<Link> links(List<String> members, Map<String, Integer> index) {
        List<Link> links = new ArrayList<>();
        Map<String, String> firstWithPseudonym = new HashMap<>();
        for (String member : members) {
            scored.getOrDefault(member, Map.of()).forEach((other, weight) -> {
                if (member.compareTo(other) < 0) {
                    Kind kind = model.decision(weight) == FellegiSunter.Decision.LINK ? Kind.LINK : Kind.REVIEW;
                    links.add(new Link(member, other, kind, weight));
                }
            });
            manual.getOrDefault(member, Map.of()).forEach((other, mustLink) -> {
                if (mustLink && member.compareTo(other) < 0 && index.containsKey(other)) {
                    links.add(new Link(member, other, Kind.MANUAL, 0));
                }
            });
            String pseudonym = nodes.get(member).record().pseudonym();
            if (pseudonym != null) {
                String first = firstWithPseudonym.putIfAbsent(pseudonym, member);
                if (first != null) {
                    links.add(new Link(first, member, Kind.PSEUDONYM, 0));
                }
            }
        }
        links.sort(STRONGEST_FIRST);
        return links;
    }

    /** True when a coordinator split a member of one cluster from a member of the other. */
    private boolean splitApart(int rootA, int rootB, List<List<Integer>> membersOf, List<String> members,
            Map<String, Integer> index, int[] parent) {
        boolean aSmaller = membersOf.get(rootA).size() <= membersOf.get(rootB).size();
        int otherRoot = aSmaller ? rootB : rootA;
        for (int i : membersOf.get(aSmaller ? rootA : rootB)) {
            for (Map.Entry<String, Boolean> decision : manual.getOrDefault(members.get(i), Map.of()).entrySet()) {
                Integer other = index.get(decision.getKey());
                if (!decision.getValue() && other != null && find(parent, other) == otherRoot) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Old ids go to the new cluster that shares the most members with them; the rest get new ids. */
    private Map<Group, String> assignIds(List<Group> groups) {
        record Claim(Group group, String id, int shared) {
        }
        List<Claim> claims = new ArrayList<>();
        for (Group group : groups) {
            Map<String, Integer> shared = new HashMap<>();
            group.members().forEach(member -> {
                String id = clusterIdOf.get(member);
                if (id != null) {
                    shared.merge(id, 1, Integer::sum);
                }
            });
            shared.forEach((id, count) -> claims.add(new Claim(group, id, count)));
        }
        claims.sort(Comparator.comparingInt(Claim::shared).reversed()
                .thenComparing(claim -> claim.group().members().size(), Comparator.reverseOrder())
                .thenComparing(Claim::id).thenComparing(claim -> claim.group().members().get(0)));
        Map<Group, String> ids = new IdentityHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Claim claim : claims) {
            if (!ids.containsKey(claim.group()) && taken.add(claim.id())) {
                ids.put(claim.group(), claim.id());
            }
        }
        groups.forEach(group -> ids.computeIfAbsent(group, g -> newClusterId.get()));
        return ids;
    }

    /**
     * Confidence and score follow the links that joined the cluster; a member's evidence is the
     * strongest of those links it takes part in.
     */
    private static Cluster describe(String id, Group group) {
        if (group.members().size() == 1) {
            return new Cluster(id, group.members(), LinkConfidence.SINGLE, null, Map.of());
        }
        Map<String, Evidence> evidence = new HashMap<>();
        Set<Kind> used = new HashSet<>();
        double weakestScore = Double.POSITIVE_INFINITY;
        List<Link> joinedBy = new ArrayList<>(group.joinedBy());
        joinedBy.sort(STRONGEST_FIRST);
        for (Link link : joinedBy) {
            evidence.putIfAbsent(link.a(), new Evidence(link.b(), link.kind(), link.weight()));
            evidence.putIfAbsent(link.b(), new Evidence(link.a(), link.kind(), link.weight()));
            used.add(link.kind());
            if (link.kind() == Kind.LINK || link.kind() == Kind.REVIEW) {
                weakestScore = Math.min(weakestScore, link.weight());
            }
        }
        LinkConfidence confidence = used.contains(Kind.REVIEW) ? LinkConfidence.TO_REVIEW
                : used.contains(Kind.MANUAL) ? LinkConfidence.MANUAL
                        : used.contains(Kind.LINK) ? LinkConfidence.LINKED : LinkConfidence.PSEUDONYM;
        BigDecimal linkScore = weakestScore == Double.POSITIVE_INFINITY ? null : score(weakestScore);
        Map<String, Evidence> sorted = new LinkedHashMap<>();
        group.members().forEach(member -> sorted.put(member, evidence.get(member)));
        return new Cluster(id, group.members(), confidence, linkScore, sorted);
    }
}
