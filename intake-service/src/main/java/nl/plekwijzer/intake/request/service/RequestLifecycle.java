package nl.plekwijzer.intake.request.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated.Status;
import nl.plekwijzer.foundation.outbox.Outbox;
import nl.plekwijzer.foundation.persistence.HibernateSql;
import nl.plekwijzer.foundation.persistence.StoredTime;
import nl.plekwijzer.intake.request.PlacementRequest;
import nl.plekwijzer.intake.request.mapping.RequestMapping;
import nl.plekwijzer.intake.request.repository.PlacementRequestRepository;

/**
 * How a request stops being open: withdrawn by its referrer, expired with its decision, or placed.
 * Every change is published. When a youth's primary request closes without a placement, the
 * oldest request linked to it becomes the primary, so the youth stays on the list once.
 * Methods run inside the caller's transaction.
 */
@ApplicationScoped
public class RequestLifecycle {

    private final PlacementRequestRepository requests;
    private final RequestMapping mapping;
    private final Outbox outbox;

    public RequestLifecycle(PlacementRequestRepository requests, RequestMapping mapping, Outbox outbox) {
        this.requests = requests;
        this.mapping = mapping;
        this.outbox = outbox;
    }

    public Uni<Void> withdraw(PlacementRequest request, String reason) {
        return closeAndPromote(List.of(request), Status.WITHDRAWN, r -> reason);
    }

    /** Expires every open request whose decision ended before {@code today}. Returns how many. */
    public Uni<Integer> expireDecisionsEndedBefore(LocalDate today) {
        return requests.lockOpenWithDecisionEndedBefore(today).flatMap(expiring -> expiring.isEmpty()
                ? Uni.createFrom().item(0)
                : closeAndPromote(expiring, Status.EXPIRED,
                        r -> "the decision was valid until " + r.decisionValidUntil).replaceWith(expiring.size()));
    }

    /** The youth is placed: the request and every open request of the same youth close. */
    public Uni<Void> placed(UUID requestId, String unitId) {
        return requests.findById(requestId).flatMap(request -> {
            if (request == null) {
                return Uni.createFrom().voidItem();
            }
            UUID primaryId = request.primaryRequestId();
            return requests.findById(primaryId).flatMap(primary -> requests.findOpenLinkedTo(primaryId).flatMap(linked -> {
                List<PlacementRequest> group = new ArrayList<>(linked);
                if (primary != null && primary.isOpen()) {
                    group.add(0, primary);
                }
                OffsetDateTime now = StoredTime.now();
                group.forEach(r -> r.close(Status.PLACED, "placed in unit " + unitId, now));
                return publish(group);
            }));
        });
    }

    /**
     * The youth's crisis placement became a bridging placement (domain rule 20): the request is open
     * again for the follow-up place, with its original submission time. It is the youth's primary
     * request again: a request of the same youth opened meanwhile is linked to it, with its own links.
     */
    public Uni<Void> reopenForFollowUp(UUID requestId) {
        return requests.findById(requestId).flatMap(request -> {
            if (request == null || request.status != Status.PLACED) {
                return Uni.createFrom().voidItem();
            }
            OffsetDateTime now = StoredTime.now();
            List<PlacementRequest> changed = new ArrayList<>();
            return requests.findOpenPrimary(request.youthPseudonym).flatMap(other -> {
                if (other == null) {
                    return Uni.createFrom().voidItem();
                }
                return requests.findOpenLinkedTo(other.requestId).invoke(linkedToOther -> {
                    for (PlacementRequest joining : linkedToOther) {
                        joining.linkedToRequestId = requestId;
                        joining.updatedAt = now;
                        changed.add(joining);
                    }
                    other.linkedToRequestId = requestId;
                    other.updatedAt = now;
                    changed.add(other);
                }).replaceWithVoid();
            })
                    // Flush first: the reopened request becomes the one open primary the unique index allows.
                    .call(() -> Panache.getSession().flatMap(session -> session.flush()))
                    .flatMap(ignored -> {
                        request.linkedToRequestId = null;
                        request.reopenForFollowUp(now);
                        changed.add(0, request);
                        return publish(changed);
                    });
        });
    }

    private Uni<Void> closeAndPromote(List<PlacementRequest> closing, Status status,
            Function<PlacementRequest, String> reason) {
        OffsetDateTime now = StoredTime.now();
        closing.forEach(r -> r.close(status, reason.apply(r), now));
        List<PlacementRequest> changed = new ArrayList<>(closing);
        // Flush first: the promoted request becomes the one open primary the unique index allows.
        Uni<Void> promotions = Panache.getSession().flatMap(session -> session.flush());
        for (PlacementRequest closed : closing) {
            if (closed.linkedToRequestId == null) {
                promotions = promotions.flatMap(ignored -> promoteLinkedTo(closed.requestId, now)).invoke(changed::addAll)
                        .replaceWithVoid();
            }
        }
        return promotions.flatMap(ignored -> publish(changed));
    }

    private Uni<List<PlacementRequest>> promoteLinkedTo(UUID formerPrimaryId, OffsetDateTime now) {
        return requests.findOpenLinkedTo(formerPrimaryId).invoke(linked -> {
            if (linked.isEmpty()) {
                return;
            }
            UUID newPrimaryId = linked.get(0).requestId;
            for (PlacementRequest request : linked) {
                request.linkedToRequestId = request.requestId.equals(newPrimaryId) ? null : newPrimaryId;
                request.updatedAt = now;
            }
        });
    }

    private Uni<Void> publish(List<PlacementRequest> changed) {
        return HibernateSql.current().flatMap(tx -> outbox.add(tx, changed.stream().map(mapping::toEvent).toList()));
    }
}
