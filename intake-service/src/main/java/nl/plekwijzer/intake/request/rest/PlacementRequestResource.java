package nl.plekwijzer.intake.request.rest;

import java.net.URI;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.plekwijzer.intake.accesslog.AccessLogEntry;
import nl.plekwijzer.intake.accesslog.repository.AccessLogRepository;
import nl.plekwijzer.intake.outbox.OutboxRelay;
import nl.plekwijzer.intake.problem.Problems;
import nl.plekwijzer.intake.request.PlacementRequest;
import nl.plekwijzer.intake.request.mapping.RequestMapping;
import nl.plekwijzer.intake.request.repository.PlacementRequestRepository;
import nl.plekwijzer.intake.request.service.IntakeService;
import nl.plekwijzer.intake.request.service.RequestLifecycle;
import nl.plekwijzer.intake.security.Caller;
import nl.plekwijzer.intake.security.Roles;

@Path("/api/v1/placement-requests")
@Produces(MediaType.APPLICATION_JSON)
public class PlacementRequestResource {

    private final IntakeService intake;
    private final RequestLifecycle lifecycle;
    private final PlacementRequestRepository requests;
    private final RequestMapping mapping;
    private final AccessLogRepository accessLog;
    private final OutboxRelay relay;
    private final Caller caller;

    public PlacementRequestResource(IntakeService intake, RequestLifecycle lifecycle,
            PlacementRequestRepository requests, RequestMapping mapping, AccessLogRepository accessLog,
            OutboxRelay relay, Caller caller) {
        this.intake = intake;
        this.lifecycle = lifecycle;
        this.requests = requests;
        this.mapping = mapping;
        this.accessLog = accessLog;
        this.relay = relay;
        this.caller = caller;
    }

    /** The one intake form: 201 once stored (and queued for publication), or 422 naming each field. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REFERRER, Roles.COORDINATOR })
    public Uni<RestResponse<SubmissionResponse>> submit(@NotNull @Valid PlacementRequestForm form) {
        return intake.submit(form, caller.subject(), caller.id()).map(answer -> RestResponse.ResponseBuilder
                .<SubmissionResponse> created(URI.create("/api/v1/placement-requests/" + answer.requestId()))
                .entity(answer).build());
    }

    /** A request, for its referrer or a coordinator; the read is written to the access log. */
    @GET
    @Path("/{requestId}")
    @RolesAllowed({ Roles.REFERRER, Roles.COORDINATOR })
    @WithTransaction
    public Uni<PlacementRequestResponse> get(@PathParam("requestId") UUID requestId) {
        return find(requestId)
                .call(request -> accessLog.persist(AccessLogEntry.of(caller.subject(), caller.readingRole(),
                        caller.onBehalfOf(), request, "read the placement request")))
                .map(mapping::toResponse);
    }

    /** The referrer (or a coordinator) withdraws an open request; 409 when it is no longer open. */
    @POST
    @Path("/{requestId}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REFERRER, Roles.COORDINATOR })
    public Uni<WithdrawalResponse> withdraw(@PathParam("requestId") UUID requestId, @Valid WithdrawalRequest body) {
        String reason = "withdrawn by " + caller.readingRole()
                + (body == null || body.reason() == null ? "" : ": " + body.reason());
        return Panache.withTransaction(() -> find(requestId).flatMap(request -> {
            if (!request.isOpen()) {
                throw Problems.conflict("request-not-open",
                        "The request is " + request.status + " and can no longer be withdrawn");
            }
            return lifecycle.withdraw(request, reason)
                    .replaceWith(() -> new WithdrawalResponse(request.requestId, request.status, request.closedReason));
        })).invoke(relay::wake);
    }

    /** The request, if the caller may access it; 404 and 403 otherwise. */
    private Uni<PlacementRequest> find(UUID requestId) {
        return requests.findById(requestId)
                .onItem().ifNull().failWith(() -> Problems.notFound("requestId",
                        "No placement request with requestId '" + requestId + "'"))
                .invoke(caller::requireMayAccess);
    }
}
