package nl.plekwijzer.matching.availability.messaging;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.EventReader;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.events.UnitAvailabilityChanged;
import nl.plekwijzer.matching.availability.UnitAvailability;
import nl.plekwijzer.matching.availability.repository.UnitAvailabilityRepository;

/**
 * Materialises {@code bed-availability.v1} (a compacted snapshot topic) into this service's own
 * view. Applying the same snapshot twice changes nothing; an older one never overwrites a newer.
 */
@ApplicationScoped
public class BedAvailabilityConsumer {

    private final EventReader events;
    private final UnitAvailabilityRepository availability;

    public BedAvailabilityConsumer(EventReader events, UnitAvailabilityRepository availability) {
        this.events = events;
        this.availability = availability;
    }

    @Incoming("bed-availability-in")
    @WithTransaction
    public Uni<Void> consume(String payload) {
        UnitAvailabilityChanged snapshot = events.read(payload, EventType.UNIT_AVAILABILITY_CHANGED,
                UnitAvailabilityChanged.class);
        return availability.findById(snapshot.unitId()).flatMap(known -> {
            if (known == null) {
                UnitAvailability created = new UnitAvailability();
                created.apply(snapshot);
                return availability.persist(created).replaceWithVoid();
            }
            known.apply(snapshot);
            return Uni.createFrom().voidItem();
        });
    }
}
