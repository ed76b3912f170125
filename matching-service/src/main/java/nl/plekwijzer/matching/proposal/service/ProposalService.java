package nl.plekwijzer.matching.proposal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.events.PlacementEvent;
import nl.plekwijzer.foundation.outbox.Outbox;
import nl.plekwijzer.foundation.outbox.OutboxRelay;
import nl.plekwijzer.foundation.persistence.PgSql;
import nl.plekwijzer.foundation.persistence.SqlErrors;
import nl.plekwijzer.foundation.persistence.StoredTime;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.problem.Violation;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.matching.config.MatchingConfig;
import nl.plekwijzer.matching.engine.RequestView;
import nl.plekwijzer.matching.engine.UnitView;
import nl.plekwijzer.matching.placement.CrisisClock;
import nl.plekwijzer.matching.placement.Placement;
import nl.plekwijzer.matching.placement.PlacementEvents;
import nl.plekwijzer.matching.placement.repository.PlacementRepository;
import nl.plekwijzer.matching.placement.service.WayBack;
import nl.plekwijzer.matching.proposal.Proposal;
import nl.plekwijzer.matching.proposal.ProposalRules;
import nl.plekwijzer.matching.proposal.repository.ProposalRepository;
import nl.plekwijzer.matching.state.MatchingState;
import nl.plekwijzer.matching.waitlist.service.RegionalWaitlist;

/**
 * Proposals and what they lead to. A coordinator proposes a request to up to three units; each
 * proposal holds one place of its unit, so the place is not suggested to others, until the provider
 * answers (domain rule 14: the provider decides) or the hold expires. The first acceptance wins:
 * proposals and answers for one request take its lock in turn, so a second acceptance finds its
 * proposal withdrawn (a unique index on ACCEPTED per request is the backstop); the others are
 * withdrawn and a placement is made. Every step goes to placement-events.v1 through the outbox, in the same
 * transaction; intake-service closes the youth's requests on PLACED.
 */
@ApplicationScoped
public class ProposalService {

    private static final Logger LOG = Logger.getLogger(ProposalService.class);

    private final Pool pool;
    private final ProposalRepository proposals;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final MatchingState state;
    private final HeldPlaces holds;
    private final MatchingConfig config;
    private final PlacementRepository placements;
    private final WayBack wayBack;
    private final RegionalWaitlist waitlist;
    private final Clock clock;

    public ProposalService(Pool pool, ProposalRepository proposals, PlacementRepository placements, Outbox outbox,
            OutboxRelay relay, MatchingState state, HeldPlaces holds, MatchingConfig config, WayBack wayBack,
            RegionalWaitlist waitlist, Clock clock) {
        this.pool = pool;
        this.proposals = proposals;
        this.placements = placements;
        this.outbox = outbox;
        this.relay = relay;
        this.state = state;
        this.holds = holds;
        this.config = config;
        this.wayBack = wayBack;
        this.waitlist = waitlist;
        this.clock = clock;
    }

    public Uni<List<Proposal>> propose(UUID requestId, List<String> unitIds, String message, String overrideReason,
            String proposedBy) {
        RequestView request = state.request(requestId);
        if (request == null) {
            throw Problems.notFound("requestId", "No open placement request with requestId '" + requestId + "'");
        }
        List<Violation> violations = ProposalRules.check(request, unitIds, state::unit, overrideReason);
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        OffsetDateTime now = now();
        OffsetDateTime expires = ProposalRules.holdExpiry(request.urgency(), now, config.holdFor());
        String override = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        List<Proposal> made = unitIds.stream().map(unitId -> new Proposal(UUID.randomUUID(), requestId, unitId,
                state.unit(unitId).providerId(), Proposal.State.OPEN, message, override, proposedBy, now, expires,
                null, null, null, null, request.followUpAfterCrisis())).toList();
        return pool.withTransaction(tx -> proposals.lockRequest(tx, requestId)
                .chain(() -> proposals.forRequest(tx, requestId)).flatMap(existing -> {
            long open = existing.stream().filter(p -> p.state() == Proposal.State.OPEN).count();
            if (open + made.size() > ProposalRules.MAX_UNITS) {
                throw Problems.invalid("unitIds", "the request has " + open + " open proposals; at most "
                        + ProposalRules.MAX_UNITS + " at once");
            }
            for (Proposal earlier : existing) {
                // A follow-up after a crisis is proposed again; its crisis stay's acceptance stands.
                if (earlier.state() == Proposal.State.ACCEPTED && earlier.followUp() == request.followUpAfterCrisis()) {
                    throw Problems.conflict("request-placed", "A proposal for this request was accepted already");
                }
                if (earlier.state() == Proposal.State.OPEN && unitIds.contains(earlier.unitId())) {
                    throw Problems.conflict("already-proposed", "unitIds",
                            "The request is proposed to unit " + earlier.unitId() + " already");
                }
            }
            return proposals.insert(tx, made)
                    .call(() -> outbox.add(PgSql.of(tx), made.stream()
                            .map(p -> PlacementEvents.of(PlacementEvent.Type.PROPOSED, p, null, now)).toList()));
        }))
                // Two coordinators proposing the same unit at once: the index keeps one open proposal.
                .onFailure(SqlErrors::isUniqueViolation).transform(e -> Problems.conflict("already-proposed",
                        "unitIds", "The request was just proposed to one of these units"))
                .invoke(relay::wake)
                .call(() -> holds.refresh(Set.of(requestId), units(made)))
                .replaceWith(made);
    }

    /**
     * The provider accepts: the first acceptance wins, the other open proposals are withdrawn, a
     * placement is made. A follow-up placement ends the request's bridging placement the day it starts.
     */
    public Uni<Proposal> accept(UUID proposalId, Caller caller) {
        return openProposalOf(proposalId, caller).flatMap(open -> {
            RequestView request = state.request(open.requestId());
            if (request == null) {
                throw Problems.conflict("request-not-open", "The request is no longer open: it was placed,"
                        + " withdrawn or expired");
            }
            OffsetDateTime now = now();
            List<Proposal> changed = new ArrayList<>();
            Set<String> unitsChanged = new LinkedHashSet<>();
            List<Placement> made = new ArrayList<>();
            return pool.withTransaction(tx -> proposals.lockRequest(tx, open.requestId())
                    .chain(() -> proposals.answer(tx, proposalId, Proposal.State.ACCEPTED, caller.userName(), now,
                            null, null)).flatMap(accepted -> {
                        if (accepted == null) {
                            throw notOpen();
                        }
                        changed.add(accepted);
                        return proposals.withdrawOpen(tx, accepted.requestId(), now).flatMap(withdrawn -> {
                            changed.addAll(withdrawn);
                            List<Outbox.Entry> events = new ArrayList<>();
                            events.add(PlacementEvents.of(PlacementEvent.Type.ACCEPTED, accepted, null, now));
                            withdrawn.forEach(w -> events.add(PlacementEvents.of(PlacementEvent.Type.WITHDRAWN, w,
                                    w.reasonCode(), now)));
                            Uni<Placement> bridging = accepted.followUp()
                                    ? placements.activeBridgingOf(tx, accepted.requestId())
                                    : Uni.createFrom().nullItem();
                            return bridging.flatMap(bridged -> {
                                Placement placement = placementOf(accepted, request, now,
                                        bridged == null ? null : bridged.placementId());
                                made.add(placement);
                                Uni<List<Placement>> earlier = placement.youthPseudonym() == null
                                        ? Uni.createFrom().item(List.of())
                                        : placements.ofYouth(tx, placement.youthPseudonym());
                                return earlier.flatMap(ofYouth -> {
                                    Placement flagged = placement.asReplacement(
                                            Placement.isReplacement(placement.startDate(), ofYouth));
                                    events.add(PlacementEvents.of(PlacementEvent.Type.PLACED, flagged, null, now));
                                    return placements.insert(tx, flagged);
                                })
                                        // A follow-up that starts today ends the bridging placement now; a
                                        // later one on its start day (CrisisClocks).
                                        .chain(() -> placements.endBridgingFollowedUp(tx, now.toLocalDate()))
                                        .invoke(ended -> ended.forEach(e -> {
                                            events.add(PlacementEvents.of(PlacementEvent.Type.ENDED, e,
                                                    e.destination().name(), now));
                                            unitsChanged.add(e.unitId());
                                        }))
                                        .call(() -> outbox.add(PgSql.of(tx), events))
                                        .replaceWith(accepted);
                            });
                        });
                    }))
                    .onFailure(SqlErrors::isUniqueViolation).transform(e -> Problems.conflict("request-placed",
                            "Another proposal for this request was accepted first"))
                    .invoke(relay::wake)
                    .invoke(accepted -> {
                        Placement placement = made.get(0);
                        wayBack.placed(request.isCrisis() ? null : request.youthPseudonym(), accepted.providerId());
                        waitlist.youthPlaced(placement.youthPseudonym(), placement.kind(), placement.startDate());
                    })
                    .call(() -> {
                        unitsChanged.addAll(units(changed));
                        return holds.refresh(requests(changed), unitsChanged);
                    });
        });
    }

    public Uni<Proposal> decline(UUID proposalId, Proposal.DeclineReason reason, String detail, Caller caller) {
        List<Violation> violations = ProposalRules.checkDecline(reason, detail);
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        return openProposalOf(proposalId, caller).flatMap(open -> {
            OffsetDateTime now = now();
            return pool.withTransaction(tx -> proposals.lockRequest(tx, open.requestId())
                    .chain(() -> proposals.answer(tx, proposalId, Proposal.State.DECLINED, caller.userName(), now,
                            reason.name(), detail)).flatMap(declined -> {
                        if (declined == null) {
                            throw notOpen();
                        }
                        // Only the code goes on Kafka: the provider's text may name the youth.
                        return outbox.add(PgSql.of(tx), List.of(PlacementEvents.of(PlacementEvent.Type.DECLINED, declined,
                                reason.name(), now))).replaceWith(declined);
                    }))
                    .invoke(relay::wake)
                    .call(declined -> holds.refresh(Set.of(declined.requestId()), Set.of(declined.unitId())));
        });
    }

    /** Releases the holds that expired; returns how many. */
    public Uni<Integer> expireDue() {
        OffsetDateTime now = now();
        return pool.withTransaction(tx -> proposals.expire(tx, now).call(expired -> outbox.add(PgSql.of(tx),
                expired.stream().map(p -> PlacementEvents.of(PlacementEvent.Type.EXPIRED, p, p.reasonCode(), now)).toList())))
                .invoke(expired -> {
                    if (!expired.isEmpty()) {
                        LOG.infof("%d proposals expired; their places are free again", expired.size());
                        relay.wake();
                    }
                })
                .call(expired -> holds.refresh(requests(expired), units(expired)))
                .map(List::size);
    }

    private Uni<Proposal> openProposalOf(UUID proposalId, Caller caller) {
        return proposals.find(proposalId).map(proposal -> {
            if (proposal == null) {
                throw Problems.notFound("proposalId", "No proposal with proposalId '" + proposalId + "'");
            }
            // Domain rule 14: the provider decides; nobody answers for it, an admin neither.
            if (!caller.isProvider() || !proposal.providerId().equals(caller.providerId())) {
                throw Problems.forbidden("Only provider " + proposal.providerId() + " answers this proposal");
            }
            if (proposal.state() != Proposal.State.OPEN) {
                throw Problems.conflict("proposal-not-open", "The proposal is " + proposal.state()
                        + " and can no longer be answered");
            }
            if (proposal.holdExpiresAt().isBefore(now())) {
                throw Problems.conflict("proposal-expired", "The proposal's hold ended at " + proposal.holdExpiresAt());
            }
            return proposal;
        });
    }

    /** What the request and the unit say of the placement, as matching sees them now. */
    private Placement placementOf(Proposal accepted, RequestView request, OffsetDateTime now, UUID followUpOf) {
        UnitView unit = state.unit(accepted.unitId());
        LocalDate today = now.toLocalDate();
        LocalDate start = request.neededFrom() == null || request.neededFrom().isBefore(today) ? today
                : request.neededFrom();
        return new Placement(UUID.randomUUID(), accepted.requestId(), accepted.proposalId(), accepted.unitId(),
                accepted.providerId(), unit == null ? null : unit.kind(), request.responsibleMunicipalityCode(), start,
                false, request.youthPseudonym(), false, Placement.State.ACTIVE, now, null, null, null,
                unit == null ? null : CrisisClock.crisisEnd(request.urgency(), start, unit.kind(), unit.domains()),
                request.intendedDestination(), request.turns18InQuarter(), followUpOf);
    }

    private static RuntimeException notOpen() {
        return Problems.conflict("proposal-not-open", "The proposal was answered or withdrawn meanwhile");
    }

    private static Set<UUID> requests(List<Proposal> changed) {
        Set<UUID> requests = new LinkedHashSet<>();
        changed.forEach(p -> requests.add(p.requestId()));
        return requests;
    }

    private static Set<String> units(List<Proposal> changed) {
        Set<String> units = new LinkedHashSet<>();
        changed.forEach(p -> units.add(p.unitId()));
        return units;
    }


    private OffsetDateTime now() {
        return StoredTime.now(clock);
    }
}
