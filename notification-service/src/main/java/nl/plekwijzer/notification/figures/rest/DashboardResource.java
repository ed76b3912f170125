package nl.plekwijzer.notification.figures.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.problem.Violation;
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

    /** A past day's figures of a municipality or the region ({@code REGION}), to import. */
    public record ImportedDay(
            @NotNull @Pattern(regexp = "GM\\d{4}|" + FigureBoard.REGION, message = "must be a CBS code (GM and 4 digits) or REGION") String scope,
            @NotNull LocalDate day,
            @NotEmpty Map<@NotNull String, @NotNull @Min(0) Long> figures) {
    }

    public record HistoryImport(@NotEmpty @Size(max = MAX_IMPORTED_DAYS) List<@Valid @NotNull ImportedDay> days) {
    }

    static final int MAX_IMPORTED_DAYS = 10_000;

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

    /**
     * Imports days of figures from before plekwijzer made them (the region's history; the demo
     * region's generated months), for admins. Only days before today; only figures plekwijzer
     * makes, and their youth counts suppressed as its own are. A day already known is kept.
     */
    @PUT
    @Path("/history")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Uni<Map<String, Integer>> importHistory(@Valid @NotNull HistoryImport history) {
        LocalDate today = LocalDate.now(clock);
        List<Violation> violations = new ArrayList<>();
        List<FigureRepository.Day> days = new ArrayList<>();
        List<String> scopes = new ArrayList<>();
        for (int i = 0; i < history.days().size(); i++) {
            ImportedDay day = history.days().get(i);
            if (!day.day().isBefore(today)) {
                violations.add(new Violation("days[" + i + "].day", "must be before today: today's figures are made live"));
            }
            if (!day.figures().keySet().stream().allMatch(FigureCalculator::isKnown)) {
                violations.add(new Violation("days[" + i + "].figures",
                        "holds a name that is not a figure plekwijzer makes (units, places, waitingYouths, ...)"));
            }
            scopes.add(day.scope());
            days.add(new FigureRepository.Day(day.day(), FigureCalculator.suppressedCopy(day.figures())));
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        return repository.importDays(days, scopes, OffsetDateTime.now(clock))
                .map(stored -> Map.of("stored", stored, "kept", days.size() - stored));
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
