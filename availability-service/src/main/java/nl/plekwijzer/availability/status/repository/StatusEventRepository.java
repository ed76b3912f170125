package nl.plekwijzer.availability.status.repository;

import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.availability.status.StatusEvent;

@ApplicationScoped
public class StatusEventRepository implements PanacheRepositoryBase<StatusEvent, UUID> {

    /** Stores the event unless its id was stored before; true when it is new. */
    public Uni<Boolean> recordOnce(StatusEvent event) {
        return findById(event.eventId)
                .flatMap(existing -> existing != null ? Uni.createFrom().item(false)
                        : persist(event).replaceWith(true));
    }
}
