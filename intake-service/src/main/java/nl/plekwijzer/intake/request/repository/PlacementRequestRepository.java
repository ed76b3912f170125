package nl.plekwijzer.intake.request.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated.Status;
import nl.plekwijzer.intake.request.PlacementRequest;

@ApplicationScoped
public class PlacementRequestRepository implements PanacheRepositoryBase<PlacementRequest, UUID> {

    /** The open request of this youth that others are linked to, if any. */
    public Uni<PlacementRequest> findOpenPrimary(String youthPseudonym) {
        return find("youthPseudonym = ?1 and status = ?2 and linkedToRequestId is null", youthPseudonym, Status.OPEN)
                .firstResult();
    }

    /** The open requests linked to {@code primaryRequestId}, oldest first. */
    public Uni<List<PlacementRequest>> findOpenLinkedTo(UUID primaryRequestId) {
        return find("linkedToRequestId = ?1 and status = ?2 order by submittedAt, requestId", primaryRequestId,
                Status.OPEN).list();
    }

    /** Open requests whose decision ended before {@code today}, locked for this transaction. */
    public Uni<List<PlacementRequest>> lockOpenWithDecisionEndedBefore(LocalDate today) {
        return find("status = ?1 and decisionValidUntil < ?2", Status.OPEN, today)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
