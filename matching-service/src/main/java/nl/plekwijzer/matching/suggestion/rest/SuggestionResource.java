package nl.plekwijzer.matching.suggestion.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.foundation.security.Roles;
import nl.plekwijzer.matching.accesslog.repository.AccessLog;
import nl.plekwijzer.matching.engine.MatchingEngine;
import nl.plekwijzer.matching.state.MatchingState;
import nl.plekwijzer.matching.suggestion.SuggestionList;
import nl.plekwijzer.matching.suggestion.SuggestionMapping;
import nl.plekwijzer.matching.suggestion.SuggestionPublisher;

/** Ranked, explained suggestions for an open request: for its referrer and coordinators. */
@Path("/api/v1/placement-requests/{requestId}/suggestions")
public class SuggestionResource {

    private final MatchingState state;
    private final SuggestionMapping mapping;
    private final SuggestionPublisher publisher;
    private final Caller caller;
    private final AccessLog accessLog;

    public SuggestionResource(MatchingState state, SuggestionMapping mapping, SuggestionPublisher publisher,
            Caller caller, AccessLog accessLog) {
        this.state = state;
        this.mapping = mapping;
        this.publisher = publisher;
        this.caller = caller;
        this.accessLog = accessLog;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REFERRER, Roles.COORDINATOR, Roles.ADMIN })
    public Uni<SuggestionList> suggestions(@PathParam("requestId") UUID requestId,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(25) int limit) {
        SuggestionList list = mapping.toList(mayRead(requestId), OffsetDateTime.now()).limitedTo(limit);
        return logRead(requestId, "read the suggestions").replaceWith(list);
    }

    /** The current list at once, then a new list each time it changes. */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REFERRER, Roles.COORDINATOR, Roles.ADMIN })
    public Multi<SuggestionList> stream(@PathParam("requestId") UUID requestId,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(25) int limit) {
        SuggestionList current = mapping.toList(mayRead(requestId), OffsetDateTime.now());
        return Multi.createBy().concatenating().streams(
                logRead(requestId, "follow the suggestions").replaceWith(current).toMulti(),
                publisher.live().filter(list -> list.requestId().equals(requestId)))
                .map(list -> list.limitedTo(limit));
    }

    private Uni<Void> logRead(UUID requestId, String purpose) {
        return accessLog.record(caller, requestId, null, purpose);
    }

    private MatchingEngine.Ranking mayRead(UUID requestId) {
        MatchingEngine.Ranking ranking = state.ranking(requestId);
        if (ranking == null) {
            throw Problems.notFound("requestId", "No open placement request with requestId '" + requestId + "'");
        }
        if (!caller.isCoordinatorOrAdmin() && !caller.id().equals(state.referrerOf(requestId))) {
            throw Problems.forbidden("Only the referrer of this request and coordinators may see its suggestions");
        }
        return ranking;
    }
}
