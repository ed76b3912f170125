package nl.plekwijzer.matching.config;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.plekwijzer.matching.engine.MatchingEngine;
import nl.plekwijzer.matching.engine.ScoreComponent;
import nl.plekwijzer.matching.engine.Scoring;
import nl.plekwijzer.matching.geo.Centroids;
import nl.plekwijzer.matching.state.MatchingState;
import nl.plekwijzer.matching.state.Views;

public class StateProducer {

    private static final String DEMO_MUNICIPALITY_CENTROIDS = "/centroids/municipalities.csv";

    @Produces
    @Singleton
    Scoring scoring(MatchingConfig config) {
        Map<ScoreComponent, Double> weights = new EnumMap<>(ScoreComponent.class);
        config.weights().forEach((name, weight) -> {
            try {
                weights.put(ScoreComponent.valueOf(name), weight);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("plekwijzer.matching.weights." + name + " is not a score component;"
                        + " expected one of " + java.util.Arrays.toString(ScoreComponent.values()), e);
            }
        });
        return new Scoring(new Scoring.Settings(weights, config.distanceHorizonKm(), config.heaviestIntensity()));
    }

    @Produces
    @Singleton
    MatchingState state(MatchingConfig config, Scoring scoring) throws IOException {
        Centroids municipalities = config.municipalityCentroids().isPresent()
                ? fromFile(config.municipalityCentroids())
                : fromResource(DEMO_MUNICIPALITY_CENTROIDS);
        Centroids pc4Areas = config.pc4Centroids().isPresent() ? fromFile(config.pc4Centroids()) : Centroids.none();
        MatchingState state = new MatchingState(new MatchingEngine(scoring, config.maxSuggestions()),
                new Views(municipalities, pc4Areas, config.region()), config.nearMisses());
        // Rebuilt from the topics at every start; Replay finishes it once they are read (ranking each request once).
        state.beginRebuild();
        return state;
    }

    private static Centroids fromFile(Optional<String> path) throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of(path.get()), StandardCharsets.UTF_8)) {
            return Centroids.read(reader);
        }
    }

    private static Centroids fromResource(String resource) throws IOException {
        try (Reader reader = new InputStreamReader(StateProducer.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            return Centroids.read(reader);
        }
    }
}
