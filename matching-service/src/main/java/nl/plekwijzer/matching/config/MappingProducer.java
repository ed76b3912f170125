package nl.plekwijzer.matching.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.plekwijzer.matching.engine.Scoring;
import nl.plekwijzer.matching.suggestion.SuggestionMapping;

public class MappingProducer {

    @Produces
    @Singleton
    SuggestionMapping suggestionMapping(Scoring scoring) {
        return new SuggestionMapping(scoring);
    }
}
