package nl.plekwijzer.intake.accesslog.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.problem.Violation;
import nl.plekwijzer.foundation.security.Roles;
import nl.plekwijzer.intake.accesslog.AccessLogEntry;
import nl.plekwijzer.intake.accesslog.repository.AccessLogRepository;

/** Who read which youth's data, when and why: for admins (and a privacy officer acting as one). */
@Path("/api/v1/access-log")
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource {

    public record Item(OffsetDateTime readAt, String actorSubject, String actorRole, String onBehalfOf,
            UUID requestId, String youthPseudonym, String purpose) {

        static Item of(AccessLogEntry entry) {
            return new Item(entry.readAt, entry.actorSubject, entry.actorRole, entry.onBehalfOf, entry.requestId,
                    entry.youthPseudonym == null ? null : entry.youthPseudonym.strip(), entry.purpose);
        }
    }

    public record Page(List<Item> entries, int page, int size) {
    }

    private final AccessLogRepository accessLog;

    public AccessLogResource(AccessLogRepository accessLog) {
        this.accessLog = accessLog;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public Uni<Page> search(@QueryParam("requestId") String requestId, @QueryParam("actor") String actorSubject,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return accessLog.search(uuid(requestId), actorSubject, page, size)
                .map(entries -> new Page(entries.stream().map(Item::of).toList(), page, size));
    }

    private static UUID uuid(String requestId) {
        if (requestId == null || requestId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(requestId);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid(List.of(new Violation("requestId", "is not a UUID")));
        }
    }
}
