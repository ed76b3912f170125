package nl.plekwijzer.matching.suggestion.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.foundation.security.Roles;
import nl.plekwijzer.matching.engine.MatchingEngine;
import nl.plekwijzer.matching.state.MatchingState;

/** The other direction: the waiting requests that fit a unit, ranked, pseudonymous. */
@Path("/api/v1/units/{unitId}/candidates")
@Produces(MediaType.APPLICATION_JSON)
public class CandidateResource {

    public record Candidate(int rank, UUID requestId, int ageYears, Gender gender, Urgency urgency,
            String municipalityCode, LocalDate neededFrom, long waitingDays, BigDecimal score, BigDecimal distanceKm) {
    }

    public record Candidates(String unitId, List<Candidate> candidates) {
    }

    private final MatchingState state;
    private final Caller caller;

    public CandidateResource(MatchingState state, Caller caller) {
        this.state = state;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN, Roles.PROVIDER })
    public Candidates candidates(@PathParam("unitId") String unitId,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
        var profile = state.profile(unitId);
        if (profile == null) {
            throw Problems.notFound("unitId", "No unit with unitId '" + unitId + "'");
        }
        if (!caller.isCoordinatorOrAdmin() && !profile.providerId().equals(caller.providerId())) {
            throw Problems.forbidden("A provider sees candidates for its own units only");
        }
        OffsetDateTime now = OffsetDateTime.now();
        List<Candidate> candidates = new ArrayList<>();
        int rank = 1;
        for (MatchingEngine.Candidate c : state.candidates(unitId, limit)) {
            var request = c.request();
            long waitingDays = request.submittedAt() == null ? 0 : Duration.between(request.submittedAt(), now).toDays();
            candidates.add(new Candidate(rank++, request.requestId(), request.ageYears(), request.gender(),
                    request.urgency(), request.municipalityCode(), request.neededFrom(), waitingDays,
                    BigDecimal.valueOf(c.score()).setScale(4, RoundingMode.HALF_UP),
                    c.homeKm() == null ? null : BigDecimal.valueOf(c.homeKm()).setScale(1, RoundingMode.HALF_UP)));
        }
        return new Candidates(unitId, candidates);
    }
}
