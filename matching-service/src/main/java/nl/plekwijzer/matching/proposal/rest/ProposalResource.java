package nl.plekwijzer.matching.proposal.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.foundation.problem.Params;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.foundation.security.Roles;
import nl.plekwijzer.matching.engine.RequestView;
import nl.plekwijzer.matching.proposal.Proposal;
import nl.plekwijzer.matching.proposal.repository.ProposalRepository;
import nl.plekwijzer.matching.proposal.service.ProposalService;
import nl.plekwijzer.matching.state.MatchingState;

/**
 * Proposals: a coordinator proposes a request to up to three units and follows the answers; a
 * provider sees its open proposals (the youth's needs, pseudonymous) and accepts or declines.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ProposalResource {

    public record ProposeRequest(@NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(max = 64) String> unitIds,
            @Size(max = 1000) String message, @Size(max = 500) String overrideReason) {
    }

    public record DeclineRequest(@NotNull String reasonCode, @Size(max = 1000) String detail) {
    }

    public record ProposalView(UUID proposalId, UUID requestId, String unitId, String providerId, Proposal.State state,
            String message, String overrideReason, OffsetDateTime proposedAt, OffsetDateTime holdExpiresAt,
            OffsetDateTime answeredAt, String reasonCode, String reasonDetail) {

        static ProposalView of(Proposal p) {
            return new ProposalView(p.proposalId(), p.requestId(), p.unitId(), p.providerId(), p.state(), p.message(),
                    p.overrideReason(), p.proposedAt(), p.holdExpiresAt(), p.answeredAt(), p.reasonCode(),
                    p.reasonDetail());
        }
    }

    /** What a provider may know of the youth before accepting: needs and coarse facts, never a name. */
    public record NeedsView(int ageYears, Gender gender, Urgency urgency, Set<Domain> domains,
            Set<UnitKind> acceptableKinds, Set<String> specialties, LocalDate neededFrom,
            String responsibleMunicipalityCode) {

        static NeedsView of(RequestView request) {
            return request == null ? null : new NeedsView(request.ageYears(), request.gender(), request.urgency(),
                    request.domains(), request.acceptableKinds(), request.specialties(), request.neededFrom(),
                    request.responsibleMunicipalityCode());
        }
    }

    /** What the provider sees of a proposal: the coordinator's override reason is not for it. */
    public record ProviderProposal(UUID proposalId, UUID requestId, String unitId, Proposal.State state,
            String message, OffsetDateTime proposedAt, OffsetDateTime holdExpiresAt, OffsetDateTime answeredAt,
            String reasonCode, String reasonDetail) {

        static ProviderProposal of(Proposal p) {
            return new ProviderProposal(p.proposalId(), p.requestId(), p.unitId(), p.state(), p.message(),
                    p.proposedAt(), p.holdExpiresAt(), p.answeredAt(), p.reasonCode(), p.reasonDetail());
        }
    }

    public record ProviderProposalView(ProviderProposal proposal, NeedsView needs) {
    }

    public record Proposals<T>(List<T> proposals) {
    }

    private final ProposalService service;
    private final ProposalRepository proposals;
    private final MatchingState state;
    private final Caller caller;

    public ProposalResource(ProposalService service, ProposalRepository proposals, MatchingState state, Caller caller) {
        this.service = service;
        this.proposals = proposals;
        this.state = state;
        this.caller = caller;
    }

    @POST
    @Path("/placement-requests/{requestId}/proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    public Uni<RestResponse<Proposals<ProposalView>>> propose(@PathParam("requestId") UUID requestId,
            @Valid @NotNull ProposeRequest body) {
        return service.propose(requestId, body.unitIds(), body.message(), body.overrideReason(), caller.userName())
                .map(made -> RestResponse.ResponseBuilder.<Proposals<ProposalView>> created(
                        URI.create("/api/v1/placement-requests/" + requestId + "/proposals"))
                        .entity(new Proposals<>(made.stream().map(ProposalView::of).toList())).build());
    }

    @GET
    @Path("/placement-requests/{requestId}/proposals")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    public Uni<Proposals<ProposalView>> ofRequest(@PathParam("requestId") UUID requestId) {
        return proposals.forRequest(requestId).map(list -> new Proposals<>(list.stream().map(ProposalView::of).toList()));
    }

    /** The provider's proposals (its own units), by default the open ones, with the youth's needs. */
    @GET
    @Path("/proposals")
    @RolesAllowed(Roles.PROVIDER)
    public Uni<Proposals<ProviderProposalView>> mine(@QueryParam("state") String state) {
        Proposal.State wanted = state == null ? Proposal.State.OPEN : Params.enumValue(state, Proposal.State.class, "state");
        if (caller.providerId() == null) {
            throw Problems.forbidden("The token names no provider_id");
        }
        return proposals.forProvider(caller.providerId(), wanted).map(list -> new Proposals<>(list.stream()
                .map(p -> new ProviderProposalView(ProviderProposal.of(p), NeedsView.of(state(p.requestId()))))
                .toList()));
    }

    @POST
    @Path("/proposals/{proposalId}/accept")
    @RolesAllowed(Roles.PROVIDER)
    public Uni<ProposalView> accept(@PathParam("proposalId") UUID proposalId) {
        return service.accept(proposalId, caller).map(ProposalView::of);
    }

    @POST
    @Path("/proposals/{proposalId}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROVIDER)
    public Uni<ProposalView> decline(@PathParam("proposalId") UUID proposalId, @Valid @NotNull DeclineRequest body) {
        Proposal.DeclineReason reason = Params.enumValue(body.reasonCode(), Proposal.DeclineReason.class, "reasonCode");
        if (reason == null) {
            throw Problems.invalid("reasonCode", "is required");
        }
        return service.decline(proposalId, reason, body.detail(), caller).map(ProposalView::of);
    }

    private RequestView state(UUID requestId) {
        return state.request(requestId);
    }
}
