package nl.plekwijzer.matching.unmet.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.foundation.security.Roles;
import nl.plekwijzer.matching.state.MatchingState;
import nl.plekwijzer.matching.suggestion.SuggestionMapping;
import nl.plekwijzer.matching.unmet.UnmetNeedCounts;

/**
 * Requests for which no fitting place exists, with the rules that excluded their near misses.
 * Coordinators see the requests; a municipality sees only counts for its own code.
 */
@Path("/api/v1/unmet-needs")
@Produces(MediaType.APPLICATION_JSON)
public class UnmetNeedResource {

    public record Item(UUID requestId, Urgency urgency, Set<UnitKind> acceptableKinds,
            String responsibleMunicipalityCode, Map<String, Integer> exclusions, OffsetDateTime since) {
    }

    private final MatchingState state;
    private final Caller caller;

    public UnmetNeedResource(MatchingState state, Caller caller) {
        this.state = state;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN, Roles.MUNICIPALITY })
    public Object unmetNeeds(@QueryParam("municipalityCode") String municipalityCode) {
        if (caller.isCoordinatorOrAdmin()) {
            if (municipalityCode != null) {
                return UnmetNeedCounts.of(municipalityCode, state.unmetNeeds());
            }
            List<Item> items = state.unmetNeeds().stream().map(n -> new Item(n.request().requestId(),
                    n.request().urgency(), n.request().acceptableKinds(), n.request().responsibleMunicipalityCode(),
                    SuggestionMapping.names(n.exclusions()), n.since())).toList();
            return Map.of("unmetNeeds", items);
        }
        String own = caller.municipalityCode();
        if (own == null || municipalityCode != null && !municipalityCode.equals(own)) {
            throw Problems.forbidden("A municipality sees the counts of its own code only");
        }
        return UnmetNeedCounts.of(own, state.unmetNeeds());
    }
}
