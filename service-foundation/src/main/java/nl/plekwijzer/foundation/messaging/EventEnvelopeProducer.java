package nl.plekwijzer.foundation.messaging;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.plekwijzer.contracts.EventReader;

/** The reader of incoming event bodies (schema-checked) and the envelope of outgoing ones, one each per service. */
public class EventEnvelopeProducer {

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
