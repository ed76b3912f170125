package nl.plekwijzer.matching.suggestion.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.foundation.problem.Params;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.foundation.security.Roles;
import nl.plekwijzer.matching.accesslog.repository.AccessLog;
import nl.plekwijzer.matching.engine.MatchingEngine;
import nl.plekwijzer.matching.engine.RequestView;
import nl.plekwijzer.matching.state.MatchingState;

/**
 * The coordinator's work list: the open primary requests by urgency and waiting time, each with how
 * many units fit and the best score. Pseudonymous (no name, no BSN); every read is access-logged.
 */
// The class path is ProposalResource's: a class at /api/v1/placement-requests would take every path
// under it and leave the proposals of a request unfound.
@Path("/api/v1")
public class OpenRequestResource {

    public record OpenRequest(UUID requestId, int ageYears, Gender gender, Urgency urgency,
            Set<UnitKind> acceptableKinds, String responsibleMunicipalityCode, OffsetDateTime submittedAt,
            LocalDate neededFrom, long waitingDays, boolean followUpAfterCrisis, boolean confidential, int fitting,
            BigDecimal bestScore) {
    }

    /** {@code total}: all open requests that match the filter; {@code requests}: the first {@code limit}. */
    public record OpenRequests(int total, List<OpenRequest> requests) {
    }

    private final MatchingState state;
    private final Caller caller;
    private final AccessLog accessLog;
    private final Clock clock;

    public OpenRequestResource(MatchingState state, Caller caller, AccessLog accessLog, Clock clock) {
        this.state = state;
        this.caller = caller;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @GET
    @Path("/placement-requests")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    public Uni<OpenRequests> list(@QueryParam("urgency") String urgency,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        Urgency only = Params.enumValue(urgency, Urgency.class, "urgency");
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<MatchingEngine.Ranking> open = state.openPrimaryRankings().stream()
                .filter(ranking -> only == null || ranking.request().urgency() == only)
                .sorted(Comparator.comparing(MatchingEngine.Ranking::request, RequestView.BY_URGENCY_THEN_WAITING))
                .toList();
        List<OpenRequest> shown = open.stream().limit(limit).map(ranking -> view(ranking, now)).toList();
        return accessLog.record(caller, null, null, "read the list of open requests")
                .replaceWith(new OpenRequests(open.size(), shown));
    }

    private static OpenRequest view(MatchingEngine.Ranking ranking, OffsetDateTime now) {
        RequestView request = ranking.request();
        BigDecimal best = ranking.top().isEmpty() ? null
                : BigDecimal.valueOf(ranking.top().get(0).score()).setScale(4, RoundingMode.HALF_UP);
        long waitingDays = request.submittedAt() == null ? 0
                : Math.max(0, ChronoUnit.DAYS.between(request.submittedAt().toLocalDate(), now.toLocalDate()));
        return new OpenRequest(request.requestId(), request.ageYears(), request.gender(), request.urgency(),
                request.acceptableKinds(), request.responsibleMunicipalityCode(), request.submittedAt(),
                request.neededFrom(), waitingDays, request.followUpAfterCrisis(), request.confidential(),
                ranking.fitting(), best);
    }
}
