package nl.plekwijzer.matching.proposal.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
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

    public ProposalService(Pool pool, ProposalRepository proposals, PlacementRepository placements, Outbox outbox,
            OutboxRelay relay, MatchingState state, HeldPlaces holds, MatchingConfig config, WayBack wayBack) {
        this.pool = pool;
        this.proposals = proposals;
        this.placements = placements;
        this.outbox = outbox;
        this.relay = relay;
        this.state = state;
        this.holds = holds;
        this.config = config;
        this.wayBack = wayBack;
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
                null, null, null, null)).toList();
        return pool.withTransaction(tx -> proposals.lockRequest(tx, requestId)
                .chain(() -> proposals.forRequest(tx, requestId)).flatMap(existing -> {
            long open = existing.stream().filter(p -> p.state() == Proposal.State.OPEN).count();
            if (open + made.size() > ProposalRules.MAX_UNITS) {
                throw Problems.invalid("unitIds", "the request has " + open + " open proposals; at most "
                        + ProposalRules.MAX_UNITS + " at once");
            }
            for (Proposal earlier : existing) {
                if (earlier.state() == Proposal.State.ACCEPTED) {
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

    /** The provider accepts: the first acceptance wins, the other open proposals are withdrawn, a placement is made. */
    public Uni<Proposal> accept(UUID proposalId, Caller caller) {
        return openProposalOf(proposalId, caller).flatMap(open -> {
            if (state.request(open.requestId()) == null) {
                throw Problems.conflict("request-not-open", "The request is no longer open: it was placed,"
                        + " withdrawn or expired");
            }
            OffsetDateTime now = now();
            UUID placementId = UUID.randomUUID();
            List<Proposal> changed = new ArrayList<>();
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
                            events.add(PlacementEvents.of(PlacementEvent.Type.PLACED, accepted, null, now));
                            Placement placement = placementOf(placementId, accepted, now);
                            Uni<List<Placement>> earlier = placement.youthPseudonym() == null
                                    ? Uni.createFrom().item(List.of())
                                    : placements.ofYouth(tx, placement.youthPseudonym());
                            return earlier.flatMap(ofYouth -> placements.insert(tx, placement.asReplacement(
                                    Placement.isReplacement(placement.startDate(), ofYouth))))
                                    .call(() -> outbox.add(PgSql.of(tx), events))
                                    .replaceWith(accepted);
                        });
                    }))
                    .onFailure(SqlErrors::isUniqueViolation).transform(e -> Problems.conflict("request-placed",
                            "Another proposal for this request was accepted first"))
                    .invoke(relay::wake)
                    .invoke(accepted -> wayBack.placed(youthAfterNonCrisisStay(accepted.requestId()),
                            accepted.providerId()))
                    .call(() -> holds.refresh(requests(changed), units(changed)));
        });
    }

    /** The youth of the request, unless it was a crisis: the way back leads to the regular stay, not the crisis bed. */
    private String youthAfterNonCrisisStay(UUID requestId) {
        RequestView request = state.request(requestId);
        return request == null || request.isCrisis() ? null : request.youthPseudonym();
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
            if (proposal.holdExpiresAt().isBefore(OffsetDateTime.now())) {
                throw Problems.conflict("proposal-expired", "The proposal's hold ended at " + proposal.holdExpiresAt());
            }
            return proposal;
        });
    }

    /** What the request and the unit say of the placement, as matching sees them now. */
    private Placement placementOf(UUID placementId, Proposal accepted, OffsetDateTime now) {
        RequestView request = state.request(accepted.requestId());
        UnitView unit = state.unit(accepted.unitId());
        LocalDate today = now.toLocalDate();
        LocalDate start = request == null || request.neededFrom() == null || request.neededFrom().isBefore(today)
                ? today : request.neededFrom();
        return new Placement(placementId, accepted.requestId(), accepted.proposalId(), accepted.unitId(),
                accepted.providerId(), unit == null ? null : unit.kind(),
                request == null ? null : request.responsibleMunicipalityCode(), start, false,
                request == null ? null : request.youthPseudonym(), false, Placement.State.ACTIVE, now, null, null, null,
                request == null || unit == null ? null
                        : CrisisClock.crisisEnd(request.urgency(), start, unit.kind(), unit.domains()));
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


    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
