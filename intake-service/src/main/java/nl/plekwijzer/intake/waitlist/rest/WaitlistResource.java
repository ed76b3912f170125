package nl.plekwijzer.intake.waitlist.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.foundation.security.Roles;
import nl.plekwijzer.intake.waitlist.RowError;
import nl.plekwijzer.intake.waitlist.WaitlistCsv;
import nl.plekwijzer.intake.waitlist.WaitlistJson;
import nl.plekwijzer.intake.waitlist.WaitlistRows;
import nl.plekwijzer.intake.waitlist.service.WaitlistReplacement;
import nl.plekwijzer.intake.youth.Pseudonymizer;

/**
 * A provider hands over its whole waiting list, as JSON or CSV; it replaces the previous one. Rows
 * that fail are reported (row, field, reason) and the valid ones kept, unless {@code allOrNothing}.
 */
@Path("/api/v1/providers/{providerId}/waitlist")
@Produces(MediaType.APPLICATION_JSON)
public class WaitlistResource {

    static final int MAX_ENTRIES = 20_000;

    /** The JSON body: the whole list. */
    public record Upload(@NotNull List<Map<String, Object>> entries) {
    }

    public record Result(String providerId, int received, int accepted, int added, int changed, int removed,
            int unchanged, int keptPrevious, List<RowError> errors) {
    }

    private final WaitlistReplacement replacement;
    private final Pseudonymizer pseudonyms;
    private final Caller caller;

    public WaitlistResource(WaitlistReplacement replacement, Pseudonymizer pseudonyms, Caller caller) {
        this.replacement = replacement;
        this.pseudonyms = pseudonyms;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PROVIDER, Roles.ADMIN })
    public Uni<Result> replaceFromJson(@PathParam("providerId") String providerId,
            @QueryParam("allOrNothing") @DefaultValue("false") boolean allOrNothing, @NotNull Upload upload) {
        caller.requireActsFor(providerId, "hand over the waiting list");
        requireAtMostMax(upload.entries().size());
        return replace(providerId, WaitlistJson.read(upload.entries()), 1, allOrNothing);
    }

    @PUT
    @Consumes("text/csv")
    @RolesAllowed({ Roles.PROVIDER, Roles.ADMIN })
    public Uni<Result> replaceFromCsv(@PathParam("providerId") String providerId,
            @QueryParam("allOrNothing") @DefaultValue("false") boolean allOrNothing, String csv) {
        caller.requireActsFor(providerId, "hand over the waiting list");
        WaitlistCsv.Rows rows = WaitlistCsv.read(csv == null ? "" : csv);
        requireAtMostMax(rows.rows().size());
        return replace(providerId, rows, 2, allOrNothing);
    }

    private Uni<Result> replace(String providerId, WaitlistCsv.Rows rows, int firstRow, boolean allOrNothing) {
        // Unknown columns or fields: the list is not understood, so it must not replace anything.
        if (!rows.errors().isEmpty()) {
            throw Problems.invalidRows("The waiting list cannot be read; nothing was changed", rows.errors());
        }
        WaitlistRows.Checked checked = WaitlistRows.check(rows.rows(), firstRow, LocalDate.now(),
                pseudonyms::pseudonymOf);
        if (allOrNothing && !checked.errors().isEmpty()) {
            throw Problems.invalidRows(checked.errors().size() + " errors; allOrNothing was asked, so nothing was"
                    + " changed", checked.errors());
        }
        return replacement.replace(providerId, checked).map(outcome -> new Result(providerId, rows.rows().size(),
                outcome.accepted(), outcome.added(), outcome.changed(), outcome.removed(), outcome.unchanged(),
                outcome.keptPrevious(), checked.errors()));
    }

    private static void requireAtMostMax(int entries) {
        if (entries > MAX_ENTRIES) {
            throw Problems.tooLarge("entries", "A waiting list may have at most " + MAX_ENTRIES + " entries, not "
                    + entries);
        }
    }
}
