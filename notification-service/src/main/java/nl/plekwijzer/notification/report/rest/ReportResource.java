package nl.plekwijzer.notification.report.rest;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.foundation.security.Roles;
import nl.plekwijzer.notification.figures.FigureBoard;
import nl.plekwijzer.notification.figures.repository.FigureRepository;
import nl.plekwijzer.notification.figures.rest.FigureScopes;
import nl.plekwijzer.notification.report.MonthlyReport;
import nl.plekwijzer.notification.report.ReportCsv;
import nl.plekwijzer.notification.report.ReportPdf;

/**
 * The monthly report of a municipality (its own; coordinators any, or the region): the figures at
 * the end of the month and the eleven before it, as CSV for spreadsheets, JSON, or a PDF with charts.
 */
@Path("/api/v1/reports/monthly")
@RolesAllowed({ Roles.MUNICIPALITY, Roles.COORDINATOR, Roles.ADMIN })
public class ReportResource {

    public static final String CSV = "text/csv";
    public static final String PDF = "application/pdf";

    private final FigureRepository figures;
    private final Caller caller;
    private final Clock clock;

    public ReportResource(FigureRepository figures, Caller caller, Clock clock) {
        this.figures = figures;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Produces({ CSV, MediaType.APPLICATION_JSON, PDF })
    public Uni<Response> monthly(@QueryParam("municipalityCode") String municipalityCode,
            @QueryParam("month") String month, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        String scope = FigureScopes.readable(caller, municipalityCode);
        YearMonth asked = month(month);
        return figures.endOfMonths(scope, asked.minusMonths(MonthlyReport.MONTHS - 1L), asked).flatMap(known -> {
            if (!known.containsKey(asked)) {
                throw Problems.notFound("month", "No figures of " + asked + " for this scope");
            }
            MonthlyReport report = MonthlyReport.of(scope, asked, known);
            String file = "plekwijzer-" + scope.toLowerCase() + "-" + asked;
            if (accept != null && accept.contains(PDF)) {
                String title = FigureBoard.REGION.equals(scope) ? "Regio" : "Gemeente " + scope;
                // Charts are drawn on a worker thread, not the event loop.
                return Uni.createFrom().item(() -> ReportPdf.of(report, title))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                        .map(pdf -> Response.ok(pdf, PDF).header("Content-Disposition",
                                "attachment; filename=\"" + file + ".pdf\"").build());
            }
            if (accept != null && accept.contains(MediaType.APPLICATION_JSON) && !accept.contains(CSV)) {
                return Uni.createFrom().item(Response.ok(report, MediaType.APPLICATION_JSON).build());
            }
            return Uni.createFrom().item(Response.ok(ReportCsv.of(report), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"").build());
        });
    }

    /** A month such as 2026-10, not in the future. */
    private YearMonth month(String month) {
        if (month == null) {
            throw Problems.invalid("month", "is required, as yyyy-MM");
        }
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw Problems.invalid("month", "must be a month as yyyy-MM");
        }
        if (parsed.isAfter(YearMonth.now(clock))) {
            throw Problems.invalid("month", "must not be in the future");
        }
        return parsed;
    }
}
