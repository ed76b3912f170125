package nl.plekwijzer.availability.config;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.plekwijzer.contracts.EventReader;

public class EventReaderProducer {

    @Produces
    @Singleton
    EventReader eventReader(ObjectMapper json) {
        return new EventReader(json);
    }
}
