package nl.plekwijzer.intake.request.rest;

import java.net.URI;
import java.util.UUID;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.plekwijzer.intake.accesslog.AccessLogEntry;
import nl.plekwijzer.intake.accesslog.repository.AccessLogRepository;
import nl.plekwijzer.intake.request.PlacementRequest;
import nl.plekwijzer.intake.request.repository.PlacementRequestRepository;
import nl.plekwijzer.intake.security.Roles;

@Path("/api/v1/placement-requests")
@Produces(MediaType.APPLICATION_JSON)
public class PlacementRequestResource {

    private final PlacementRequestRepository requests;
    private final AccessLogRepository accessLog;
    private final SecurityIdentity caller;

    public PlacementRequestResource(PlacementRequestRepository requests, AccessLogRepository accessLog,
            SecurityIdentity caller) {
        this.requests = requests;
        this.accessLog = accessLog;
        this.caller = caller;
    }

    /** A request, for its referrer or a coordinator; the read is written to the access log. */
    @GET
    @Path("/{requestId}")
    @RolesAllowed({ Roles.REFERRER, Roles.COORDINATOR })
    @WithTransaction
    public Uni<PlacementRequestResponse> get(@PathParam("requestId") UUID requestId) {
        return requests.findById(requestId)
                .onItem().ifNull().failWith(() -> problem(Response.Status.NOT_FOUND, "request-not-found",
                        "No placement request with requestId '" + requestId + "'"))
                .invoke(this::requireMayRead)
                .call(request -> accessLog.persist(AccessLogEntry.of(caller.getPrincipal().getName(), callerRole(),
                        request.requestId, "read placement request")))
                .map(PlacementRequestResponse::of);
    }

    private void requireMayRead(PlacementRequest request) {
        boolean isCoordinator = caller.hasRole(Roles.COORDINATOR);
        boolean isItsReferrer = request.referrerSubject.equals(caller.getPrincipal().getName());
        if (!isCoordinator && !isItsReferrer) {
            throw problem(Response.Status.FORBIDDEN, "not-your-request",
                    "Only the referrer of this request and coordinators may read it");
        }
    }

    private String callerRole() {
        return caller.hasRole(Roles.COORDINATOR) ? Roles.COORDINATOR : Roles.REFERRER;
    }

    private static HttpProblem problem(Response.Status status, String type, String detail) {
        return HttpProblem.builder()
                .withType(URI.create("https://plekwijzer.nl/problems/" + type))
                .withTitle(status.getReasonPhrase())
                .withStatus(status)
                .withDetail(detail)
                .with("field", "requestId")
                .build();
    }
}
