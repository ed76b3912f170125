package nl.plekwijzer.notification.figures.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.mutiny.Multi;
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
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.foundation.security.Roles;
import nl.plekwijzer.notification.figures.FigureBoard;
import nl.plekwijzer.notification.figures.FigureCalculator;
import nl.plekwijzer.notification.figures.repository.FigureRepository;

/**
 * The municipal figures (aggregates only, youth counts below five shown as null): a municipality
 * reads its own, coordinators any municipality or the region; each answer has the region beside it.
 */
@Path("/api/v1/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.MUNICIPALITY, Roles.COORDINATOR, Roles.ADMIN })
public class DashboardResource {

    /** A municipality's figures (or the region's, {@code municipalityCode} null) and the region's beside them. */
    public record Snapshot(String municipalityCode, OffsetDateTime computedAt, Map<String, Long> figures,
            Map<String, Long> region) {
    }

    /** One day of a scope's figures. */
    public record Day(LocalDate day, Map<String, Long> figures) {
    }

    private final FigureBoard board;
    private final FigureRepository repository;
    private final Caller caller;
    private final Clock clock;

    public DashboardResource(FigureBoard board, FigureRepository repository, Caller caller, Clock clock) {
        this.board = board;
        this.repository = repository;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("/snapshot")
    public Snapshot snapshot(@QueryParam("municipalityCode") String municipalityCode) {
        return snapshotOf(scope(municipalityCode));
    }

    /** The figures now, then again each time they change (Server-Sent Events). */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<Snapshot> stream(@QueryParam("municipalityCode") String municipalityCode) {
        String scope = scope(municipalityCode);
        Snapshot now = snapshotOf(scope);
        Multi<Snapshot> changes = Multi.createBy().merging().streams(board.changes(scope),
                board.changes(FigureBoard.REGION)).map(ignored -> snapshotOf(scope));
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(now), changes);
    }

    /** The figures at the end of each day of the last {@code days} days (today so far included), oldest first. */
    @GET
    @Path("/history")
    public Uni<List<Day>> history(@QueryParam("municipalityCode") String municipalityCode,
            @QueryParam("days") @DefaultValue("30") @Min(1) @Max(400) int days) {
        String scope = scope(municipalityCode);
        return repository.days(scope, LocalDate.now(clock).minusDays(days - 1L))
                .map(list -> list.stream().map(d -> new Day(d.day(), d.figures())).toList());
    }

    private Snapshot snapshotOf(String scope) {
        FigureBoard.Figures figures = board.current(scope);
        if (figures == null) {
            throw Problems.notFound("municipalityCode", "No figures for this municipality: no unit, request or"
                    + " waiting youth of it is known");
        }
        FigureBoard.Figures region = board.current(FigureBoard.REGION);
        boolean ofRegion = FigureBoard.REGION.equals(scope);
        return new Snapshot(ofRegion ? null : scope, figures.computedAt(), figures.figures(),
                region == null ? Map.of() : ofRegion ? region.figures()
                        : FigureCalculator.regionBeside(figures.figures(), region.figures()));
    }

    private String scope(String municipalityCode) {
        return FigureScopes.readable(caller, municipalityCode);
    }
}
