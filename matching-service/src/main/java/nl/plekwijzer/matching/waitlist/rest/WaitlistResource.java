package nl.plekwijzer.matching.waitlist.rest;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated;
import nl.plekwijzer.matching.problem.Problems;
import nl.plekwijzer.matching.security.Caller;
import nl.plekwijzer.matching.security.Roles;
import nl.plekwijzer.matching.waitlist.WaitlistCounts;
import nl.plekwijzer.matching.waitlist.service.RegionalWaitlist;

/** The regional waiting list without doubles (coordinators) and its counts (municipalities: their own). */
@Path("/api/v1/waitlist")
@Produces(MediaType.APPLICATION_JSON)
public class WaitlistResource {

    public record RegionalList(int rawEntries, int deduplicated, List<RegionalWaitlistEntryUpdated> entries) {
    }

    private final RegionalWaitlist regional;
    private final Caller caller;

    public WaitlistResource(RegionalWaitlist regional, Caller caller) {
        this.regional = regional;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    public RegionalList list() {
        List<RegionalWaitlistEntryUpdated> entries = regional.entries().values().stream()
                .sorted(Comparator.comparing(RegionalWaitlistEntryUpdated::careFunction)
                        .thenComparing(RegionalWaitlistEntryUpdated::clusterId))
                .toList();
        return new RegionalList(regional.members().size(), entries.size(), entries);
    }

    @GET
    @Path("/stats")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN, Roles.MUNICIPALITY })
    public WaitlistCounts.Stats stats(@QueryParam("municipalityCode") String municipalityCode) {
        boolean municipality = !caller.isCoordinatorOrAdmin();
        if (municipality && (caller.municipalityCode() == null
                || municipalityCode != null && !municipalityCode.equals(caller.municipalityCode()))) {
            throw Problems.forbidden("A municipality sees the counts of its own code only");
        }
        String code = municipality ? caller.municipalityCode() : municipalityCode;
        var raw = regional.members().values().stream()
                .map(m -> new WaitlistCounts.RawEntry(m.careFunction(), m.municipalityCode())).toList();
        return WaitlistCounts.of(code, raw, regional.entries().values(), municipality);
    }
}
