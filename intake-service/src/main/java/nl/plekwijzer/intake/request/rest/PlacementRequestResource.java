package nl.plekwijzer.intake.request.rest;

import java.net.URI;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.foundation.security.Roles;
import nl.plekwijzer.intake.request.mapping.RequestMapping;
import nl.plekwijzer.intake.request.service.IntakeService;

@Path("/api/v1/placement-requests")
@Produces(MediaType.APPLICATION_JSON)
public class PlacementRequestResource {

    private final IntakeService intake;
    private final RequestMapping mapping;
    private final Caller caller;

    public PlacementRequestResource(IntakeService intake, RequestMapping mapping, Caller caller) {
        this.intake = intake;
        this.mapping = mapping;
        this.caller = caller;
    }

    /**
     * The one intake form: 201 once stored (and queued for publication), or 422 naming each field.
     * With an {@code Idempotency-Key} header, sending the same form again gives the first answer.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REFERRER, Roles.COORDINATOR })
    public Uni<RestResponse<SubmissionResponse>> submit(@NotNull @Valid PlacementRequestForm form,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return intake.submit(form, caller.userName(), caller.id(), idempotencyKey).map(answer -> RestResponse.ResponseBuilder
                .<SubmissionResponse> created(URI.create("/api/v1/placement-requests/" + answer.requestId()))
                .entity(answer).build());
    }

    /**
     * A request, for its referrer, a coordinator, or the provider that accepted a proposal for it;
     * the read is written to the access log.
     */
    @GET
    @Path("/{requestId}")
    @RolesAllowed({ Roles.REFERRER, Roles.COORDINATOR, Roles.PROVIDER })
    public Uni<PlacementRequestResponse> get(@PathParam("requestId") UUID requestId) {
        return intake.read(requestId, "read the placement request").map(mapping::toResponse);
    }

    /** The referrer (or a coordinator) withdraws an open request; 409 when it is no longer open. */
    @POST
    @Path("/{requestId}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REFERRER, Roles.COORDINATOR })
    public Uni<WithdrawalResponse> withdraw(@PathParam("requestId") UUID requestId, @Valid WithdrawalRequest body) {
        String reason = "withdrawn by " + caller.readingRole()
                + (body == null || body.reason() == null ? "" : ": " + body.reason());
        return intake.withdraw(requestId, reason)
                .map(request -> new WithdrawalResponse(request.requestId, request.status, request.closedReason));
    }
}
