package nl.plekwijzer.availability.config;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.plekwijzer.contracts.CloudEventMessages;
import nl.plekwijzer.contracts.EventReader;

public class EventReaderProducer {

    @Produces
    @Singleton
    EventReader eventReader(ObjectMapper json) {
        return new EventReader(json);
    }

    @Produces
    @Singleton
    CloudEventMessages cloudEventMessages(@ConfigProperty(name = "quarkus.application.name") String service) {
        return new CloudEventMessages(service);
    }
}
