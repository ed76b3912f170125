package nl.plekwijzer.matching.state.rest;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import jakarta.ws.rs.core.Response;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.matching.state.MatchingState.StillRebuilding;

/** A ranking asked for while the state is rebuilt after a start: 503, try again shortly (readiness says so too). */
public class StillRebuildingMapper {

    @ServerExceptionMapper
    public Response stillRebuilding(StillRebuilding e) {
        return Problems.unavailable("matching-service is rebuilding its state after a start; rankings are served"
                + " once every request is ranked again. Try again shortly.").toResponse();
    }
}
