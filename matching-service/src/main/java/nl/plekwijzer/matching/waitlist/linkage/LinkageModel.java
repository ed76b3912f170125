package nl.plekwijzer.matching.waitlist.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * The Fellegi-Sunter parameters of the linkage, learnt from the waiting list itself without any
 * truth: for each comparison level the chance m that two entries of one youth show it and the
 * chance u that two entries of different youths do. u is counted on random pairs (nearly all of
 * different youths); m and the share of matches among the compared pairs by
 * expectation-maximisation over the pairs the blocking compares. Agreeing on a common first name,
 * family name or birth date weighs less than on a rare one (term frequencies of the list; a
 * frequent month-day, such as the 1 January of dates known only to their year, is a placeholder).
 * Only keys of encodings and tokens are counted, never a name or date.
 */
public final class LinkageModel implements Comparison.PlaceholderDates {

    private static final Comparison[] COMPARISONS = Comparison.values();
    /** Below this many entries there are too few pairs to learn from: the prior parameters hold. */
    public static final int MIN_RECORDS_TO_FIT = 300;
    private static final int RANDOM_PAIRS = 600_000;
    /** At most this many pairs of a training block are compared (a sample when there are more). */
    private static final int BLOCKED_PAIRS = 600_000;
    private static final int MAX_ITERATIONS = 200;
    /** A pair's levels are packed into one int, this many bits for each comparison. */
    private static final int BITS_PER_LEVEL = 4;

    /** The parameters of one comparison level, as an admin sees them. */
    public record Level(String meaning, double m, double u, double weight) {
    }

    /** The parameters as an admin sees them: no name, date or encoding. */
    public record Parameters(boolean learnt, int entries, long randomPairs, long trainingPairs, int iterations,
            double matchChanceOfTwoEntries, int placeholderDates, Map<Comparison, List<Level>> comparisons) {
    }

    /** The weight of entirely different given names: more than all other agreement can make up. */
    static final double TWINS_APART = -40;

    private final double lambda;
    private final double[][] m;
    private final double[][] u;
    private final double[][] weights;
    private final double priorWeight;
    private final Map<String, Integer> firstNameCounts;
    private final Map<String, Integer> familyNameCounts;
    private final Map<String, Integer> dateCounts;
    /** The month-day tokens of placeholder dates. */
    private final Set<String> placeholderMonthDays;
    private final int entries;
    private final long randomPairs;
    private final long trainingPairs;
    private final int iterations;

    private LinkageModel(double lambda, double[][] m, double[][] u, Frequencies frequencies, int entries,
            long randomPairs, long trainingPairs, int iterations) {
        this.lambda = lambda;
        this.m = m;
        this.u = u;
        this.weights = new double[m.length][];
        for (int k = 0; k < m.length; k++) {
            weights[k] = new double[m[k].length];
            for (int level = 1; level < m[k].length; level++) {
                weights[k][level] = log2(Math.max(m[k][level], 1e-6) / u[k][level]);
            }
        }
        // Twins share family name, birth date, gender and address: for them the comparisons are not
        // independent, as the model assumes, and the agreement would outweigh the one difference.
        // Different given names (no name or form with Dice 0.45 or more, whatever the first letters;
        // against initials only: another first initial) therefore keep two entries apart whatever
        // else agrees, as they did before weights were learnt.
        weights[Comparison.GIVEN_NAME.ordinal()][Comparison.GIVEN_DIFFERENT] = TWINS_APART;
        this.priorWeight = log2(lambda / (1 - lambda));
        this.firstNameCounts = frequencies.firstNames();
        this.familyNameCounts = frequencies.familyNames();
        this.dateCounts = frequencies.dates();
        this.placeholderMonthDays = frequencies.placeholders();
        this.entries = entries;
        this.randomPairs = randomPairs;
        this.trainingPairs = trainingPairs;
        this.iterations = iterations;
    }

    /**
     * The parameters set by judgement, for a list too small to learn from: twins share all but the
     * given name, so a different given name weighs heavily.
     */
    public static LinkageModel prior() {
        double[][] m = {
                { 0, 0.80, 0.06, 0.05, 0.02, 0.01, 0.02, 0.03, 0.01 },
                { 0, 0.85, 0.03, 0.05, 0.02, 0.02, 0.03 },
                { 0, 0.90, 0.02, 0.02, 0.05, 0.01 },
                { 0, 0.98, 0.02 },
                { 0, 0.85, 0.03, 0.12 } };
        double[][] u = {
                { 0, 0.01, 0.005, 0.01, 0.03, 0.02, 0.002, 0.05, 0.873 },
                { 0, 0.01, 0.002, 0.01, 0.03, 0.005, 0.943 },
                { 0, 0.0002, 0.0001, 0.0005, 0.003, 0.9962 },
                { 0, 0.5, 0.5 },
                { 0, 0.01, 0.03, 0.96 } };
        return new LinkageModel(0.001, m, u, Frequencies.NONE, 0, 0, 0, 0);
    }

    /**
     * Learns the parameters from the entries (in a fixed order: the same entries give the same
     * model), or returns the prior ones when there are fewer than {@link #MIN_RECORDS_TO_FIT}.
     */
    public static LinkageModel fit(List<LinkRecord> records) {
        if (records.size() < MIN_RECORDS_TO_FIT) {
            return prior();
        }
        Frequencies frequencies = Frequencies.of(records);
        LinkageModel start = prior();
        Comparison.PlaceholderDates placeholders = frequencies.placeholders()::contains;
        Random random = new Random(records.size());

        double[][] u = new double[COMPARISONS.length][];
        long[][] randomCounts = new long[COMPARISONS.length][];
        for (int k = 0; k < COMPARISONS.length; k++) {
            randomCounts[k] = new long[COMPARISONS[k].levelCount()];
        }
        for (int i = 0; i < RANDOM_PAIRS; i++) {
            int a = random.nextInt(records.size());
            int b = random.nextInt(records.size() - 1);
            b = b >= a ? b + 1 : b;
            for (int k = 0; k < COMPARISONS.length; k++) {
                randomCounts[k][COMPARISONS[k].level(records.get(a), records.get(b), placeholders)]++;
            }
        }
        for (int k = 0; k < COMPARISONS.length; k++) {
            long known = Arrays.stream(randomCounts[k]).sum() - randomCounts[k][0];
            u[k] = new double[randomCounts[k].length];
            for (int level = 1; level < u[k].length; level++) {
                // half a pair added to every level, so that a level never seen is rare, not impossible
                u[k][level] = (randomCounts[k][level] + 0.5) / (known + 0.5 * (u[k].length - 1));
            }
        }

        double[][] m = Arrays.stream(start.m).map(double[]::clone).toArray(double[][]::new);
        // Splink's way: each session compares the pairs of one training block and learns m of the
        // comparisons that the block does not fix (they would look certain there).
        Session sameDate = em(pairsSharing(records, r -> "date|" + r.birthDate().date() + "|" + r.gender(), placeholders),
                m, u, Set.of(Comparison.BIRTH_DATE, Comparison.GENDER));
        Session sameNames = em(pairsSharing(records, r -> r.familyName() == null || r.firstGivenName() == null ? null
                : r.familyName().key() + "|" + r.firstGivenName().key(), placeholders),
                m, u, Set.of(Comparison.GIVEN_NAME, Comparison.FAMILY_NAME));
        for (Comparison learnt : List.of(Comparison.GIVEN_NAME, Comparison.FAMILY_NAME)) {
            m[learnt.ordinal()] = sameDate.m()[learnt.ordinal()];
        }
        for (Comparison learnt : List.of(Comparison.BIRTH_DATE, Comparison.GENDER)) {
            m[learnt.ordinal()] = sameNames.m()[learnt.ordinal()];
        }
        int pc4 = Comparison.PC4.ordinal();
        for (int level = 1; level < m[pc4].length; level++) {
            m[pc4][level] = (sameDate.m()[pc4][level] + sameNames.m()[pc4][level]) / 2;
        }
        // The matches among all pairs: those found with the same date and gender, divided by the
        // chance that two entries of one youth have the same date and gender.
        double matchesWithSameDate = sameDate.matchShare() * sameDate.pairs() / sameDate.sampled();
        double matches = matchesWithSameDate
                / (m[Comparison.BIRTH_DATE.ordinal()][Comparison.DATE_EXACT] * m[Comparison.GENDER.ordinal()][1]);
        // Pairs with two pseudonyms are never scored, so they are not counted.
        long withPseudonym = records.stream().filter(r -> r.pseudonym() != null).count();
        double scoredPairs = records.size() * (records.size() - 1.0) / 2 - withPseudonym * (withPseudonym - 1.0) / 2;
        double lambda = Math.min(Math.max(matches / Math.max(1, scoredPairs), 1e-9), 0.5);
        return new LinkageModel(lambda, m, u, frequencies, records.size(), RANDOM_PAIRS,
                sameDate.pairs() + sameNames.pairs(), sameDate.iterations() + sameNames.iterations());
    }

    /** What an EM session learnt: m of the comparisons it did not hold fixed, and the share of matches. */
    private record Session(double[][] m, double matchShare, long pairs, double sampled, int iterations) {
    }

    /**
     * Expectation-maximisation over comparison vectors with u held: learns m of every comparison
     * but the {@code fixed} ones, and the share of matches among the pairs.
     */
    private static Session em(Sample sample, double[][] start, double[][] u, Set<Comparison> fixed) {
        Map<Integer, Long> patterns = sample.patterns();
        double[][] m = Arrays.stream(start).map(double[]::clone).toArray(double[][]::new);
        long pairs = patterns.values().stream().mapToLong(Long::longValue).sum();
        if (pairs == 0) {
            return new Session(m, 0, 0, 1, 0);
        }
        double lambda = 0.3;
        int iteration = 0;
        for (; iteration < MAX_ITERATIONS; iteration++) {
            double[][] matchCounts = new double[COMPARISONS.length][];
            for (int k = 0; k < COMPARISONS.length; k++) {
                matchCounts[k] = new double[m[k].length];
            }
            double matches = 0;
            for (Map.Entry<Integer, Long> pattern : patterns.entrySet()) {
                double pMatch = lambda;
                double pNonMatch = 1 - lambda;
                for (int k = 0; k < COMPARISONS.length; k++) {
                    int level = levelOf(pattern.getKey(), k);
                    if (level > 0 && !fixed.contains(COMPARISONS[k])) {
                        pMatch *= m[k][level];
                        pNonMatch *= u[k][level];
                    }
                }
                double posterior = pMatch / (pMatch + pNonMatch) * pattern.getValue();
                matches += posterior;
                for (int k = 0; k < COMPARISONS.length; k++) {
                    matchCounts[k][levelOf(pattern.getKey(), k)] += posterior;
                }
            }
            double change = Math.abs(matches / pairs - lambda);
            lambda = Math.min(Math.max(matches / pairs, 1e-6), 1 - 1e-6);
            for (int k = 0; k < COMPARISONS.length; k++) {
                double known = Arrays.stream(matchCounts[k]).sum() - matchCounts[k][0];
                for (int level = 1; level < m[k].length; level++) {
                    // half a pair added to every level, as for u: a level no match showed is rare, not impossible
                    double next = (matchCounts[k][level] + 0.5) / (known + 0.5 * (m[k].length - 1));
                    change = Math.max(change, Math.abs(next - m[k][level]));
                    m[k][level] = next;
                }
            }
            if (change < 1e-7) {
                break;
            }
        }
        return new Session(m, lambda, pairs, sample.sampled(), iteration + 1);
    }

    /** Comparison vectors counted per vector, of the share {@code sampled} of the pairs of a training block. */
    private record Sample(Map<Integer, Long> patterns, double sampled) {
    }

    /** The comparison vectors of (a sample of) the pairs that share the key, not both with a pseudonym. */
    private static Sample pairsSharing(List<LinkRecord> records, Function<LinkRecord, String> blockKey,
            Comparison.PlaceholderDates placeholders) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String key = blockKey.apply(records.get(i));
            if (key != null) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        long pairs = blocks.values().stream().mapToLong(b -> (long) b.size() * (b.size() - 1) / 2).sum();
        double sampled = Math.min(1.0, (double) BLOCKED_PAIRS / Math.max(1, pairs));
        Map<Integer, Long> patterns = new HashMap<>();
        for (List<Integer> members : blocks.values()) {
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    LinkRecord a = records.get(members.get(x));
                    LinkRecord b = records.get(members.get(y));
                    if (a.pseudonym() != null && b.pseudonym() != null || !inSample(members.get(x), members.get(y), sampled)) {
                        continue;
                    }
                    int pattern = 0;
                    for (int k = 0; k < COMPARISONS.length; k++) {
                        pattern |= COMPARISONS[k].level(a, b, placeholders) << (BITS_PER_LEVEL * k);
                    }
                    patterns.merge(pattern, 1L, Long::sum);
                }
            }
        }
        return new Sample(patterns, sampled);
    }

    /** Whether a pair is in the sample, decided by the pair alone (so equally in every block it is in). */
    private static boolean inSample(int i, int j, double share) {
        if (share >= 1) {
            return true;
        }
        long h = ((long) Math.min(i, j) << 32 | Math.max(i, j)) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return (h >>> 11) * 0x1.0p-53 < share;
    }

    private static int levelOf(int pattern, int comparison) {
        return pattern >> (BITS_PER_LEVEL * comparison) & 15;
    }

    /**
     * The match weight of a pair: log2 of the odds that the two entries are of one youth, from the
     * share of matches among compared pairs and each comparison's level, adjusted for how common an
     * agreeing first name, family name or birth date is in the list.
     */
    public double weight(LinkRecord a, LinkRecord b) {
        double weight = priorWeight;
        for (int k = 0; k < COMPARISONS.length; k++) {
            int level = COMPARISONS[k].level(a, b, this);
            weight += weights[k][level];
            if (level == 1 && entries > 0) {
                weight += switch (COMPARISONS[k]) {
                    case GIVEN_NAME -> frequencyAdjustment(k, firstNameCounts, a.firstGivenName().key());
                    case FAMILY_NAME -> frequencyAdjustment(k, familyNameCounts, a.familyName().key());
                    case BIRTH_DATE -> frequencyAdjustment(k, dateCounts, a.birthDate().date());
                    default -> 0;
                };
            }
        }
        return weight;
    }

    /** log2(u of agreeing at all / share of entries with this value): positive for a rare value. */
    private double frequencyAdjustment(int comparison, Map<String, Integer> counts, String value) {
        double share = Math.max(1, counts.getOrDefault(value, 1)) / (double) entries;
        return log2(u[comparison][1] / share);
    }

    /** The match weight from which the chance that a pair is of one youth is at least p. */
    public static double weightOf(double probability) {
        return log2(probability / (1 - probability));
    }

    @Override
    public boolean isPlaceholder(String monthDay) {
        return placeholderMonthDays.contains(monthDay);
    }

    public Parameters parameters() {
        Map<Comparison, List<Level>> comparisons = new EnumMap<>(Comparison.class);
        for (int k = 0; k < COMPARISONS.length; k++) {
            List<Level> levels = new ArrayList<>();
            String[] meanings = COMPARISONS[k].levels();
            for (int level = 1; level < meanings.length; level++) {
                boolean set = COMPARISONS[k] == Comparison.GIVEN_NAME && level == Comparison.GIVEN_DIFFERENT;
                levels.add(new Level(meanings[level] + (set ? " (weight set, not learnt: twins)" : ""), m[k][level],
                        u[k][level], weights[k][level]));
            }
            comparisons.put(COMPARISONS[k], List.copyOf(levels));
        }
        return new Parameters(entries > 0, entries, randomPairs, trainingPairs, iterations, lambda,
                placeholderMonthDays.size(), comparisons);
    }

    /** How often each first name, family name and birth date occurs (by key), and the placeholder month-days. */
    private record Frequencies(Map<String, Integer> firstNames, Map<String, Integer> familyNames,
            Map<String, Integer> dates, Set<String> placeholders) {

        static final Frequencies NONE = new Frequencies(Map.of(), Map.of(), Map.of(), Set.of());

        static Frequencies of(List<LinkRecord> records) {
            Map<String, Integer> firstNames = new HashMap<>();
            Map<String, Integer> familyNames = new HashMap<>();
            Map<String, Integer> dates = new HashMap<>();
            Map<String, Integer> monthDays = new HashMap<>();
            for (LinkRecord record : records) {
                if (record.firstGivenName() != null) {
                    firstNames.merge(record.firstGivenName().key(), 1, Integer::sum);
                }
                if (record.familyName() != null) {
                    familyNames.merge(record.familyName().key(), 1, Integer::sum);
                }
                if (record.birthDate() != null) {
                    dates.merge(record.birthDate().date(), 1, Integer::sum);
                    monthDays.merge(record.birthDate().monthDay(), 1, Integer::sum);
                }
            }
            // A month-day five times as frequent as one day of the year would be, seen at least ten times.
            double placeholderCount = Math.max(10, 5.0 * records.size() / 365);
            Set<String> placeholders = new HashSet<>();
            monthDays.forEach((monthDay, count) -> {
                if (count >= placeholderCount) {
                    placeholders.add(monthDay);
                }
            });
            return new Frequencies(Map.copyOf(firstNames), Map.copyOf(familyNames), Map.copyOf(dates),
                    Set.copyOf(placeholders));
        }
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
