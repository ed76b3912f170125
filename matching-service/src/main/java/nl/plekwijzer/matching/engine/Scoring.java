package nl.plekwijzer.matching.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Combines the soft scores of a fitting pair into one score: their weighted mean, in 0..1. */
public final class Scoring {

    /**
     * @param weights per component (missing ones weigh 0)
     * @param distanceHorizonKm the distance at which closeness reaches 0
     * @param heaviestIntensity the stay intensity (hours per youth per 24 h) at which lightness by
     *        intensity reaches 0
     */
    public record Settings(Map<ScoreComponent, Double> weights, double distanceHorizonKm, double heaviestIntensity) {

        public static Settings defaults() {
            Map<ScoreComponent, Double> weights = new EnumMap<>(ScoreComponent.class);
            weights.put(ScoreComponent.EXPERTISE, 3.0);
            weights.put(ScoreComponent.LIGHTNESS, 2.0);
            weights.put(ScoreComponent.DISTANCE_HOME, 2.0);
            weights.put(ScoreComponent.DISTANCE_SCHOOL, 1.0);
            weights.put(ScoreComponent.LIGHT, 1.0);
            weights.put(ScoreComponent.FRESHNESS, 1.0);
            weights.put(ScoreComponent.CONTINUITY, 1.0);
            weights.put(ScoreComponent.TREATMENT_ON_SITE, 1.5);
            return new Settings(weights, 100, 12);
        }
    }

    /** One pair's score and what it is made of. */
    public record Scored(double score, Map<ScoreComponent, Double> components) {
    }

    private static final ScoreComponent[] COMPONENTS = ScoreComponent.values();

    private final Settings settings;
    private final double[] weights = new double[COMPONENTS.length];
    private final double totalWeight;

    public Scoring(Settings settings) {
        this.settings = settings;
        double total = 0;
        for (ScoreComponent component : COMPONENTS) {
            double weight = settings.weights().getOrDefault(component, 0.0);
            if (weight < 0) {
                throw new IllegalArgumentException("The weight of " + component + " is negative");
            }
            weights[component.ordinal()] = weight;
            total += weight;
        }
        if (total <= 0) {
            throw new IllegalArgumentException("At least one score component needs a weight above 0");
        }
        this.totalWeight = total;
    }

    /** The score alone: what ranking needs, without building the explanation. */
    public double score(Pair pair) {
        double sum = 0;
        for (ScoreComponent component : COMPONENTS) {
            if (weights[component.ordinal()] > 0) {
                sum += weights[component.ordinal()] * component.score(pair, settings);
            }
        }
        return sum / totalWeight;
    }

    /** The score with each component's value, for the explanation. */
    public Scored explain(Pair pair) {
        Map<ScoreComponent, Double> components = new EnumMap<>(ScoreComponent.class);
        double sum = 0;
        for (ScoreComponent component : COMPONENTS) {
            double value = component.score(pair, settings);
            components.put(component, value);
            sum += weights[component.ordinal()] * value;
        }
        return new Scored(sum / totalWeight, Collections.unmodifiableMap(components));
    }
}
