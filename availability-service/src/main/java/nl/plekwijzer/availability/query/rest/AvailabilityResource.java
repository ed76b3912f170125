package nl.plekwijzer.availability.query.rest;

import java.time.OffsetDateTime;
import java.util.List;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.plekwijzer.availability.query.repository.AvailabilityRepository.Filter;
import nl.plekwijzer.availability.query.repository.AvailabilityRepository.PublicCount;
import nl.plekwijzer.availability.query.repository.AvailabilityRepository;
import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.foundation.problem.Params;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.foundation.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

    private final AvailabilityRepository availability;
    private final Caller caller;

    public AvailabilityResource(AvailabilityRepository availability, Caller caller) {
        this.availability = availability;
        this.caller = caller;
    }

    /**
     * Units with their live status. Providers see their own units, and with {@code providerId} a
     * peer's units that the peer opted in to show (DOMAIN rule 16: detail is shared only where a
     * provider chooses to; everyone sees the aggregates of {@code /public/availability});
     * coordinators, referrers and admins see all.
     */
    @GET
    @Path("/availability")
    @RolesAllowed({ Roles.COORDINATOR, Roles.REFERRER, Roles.PROVIDER, Roles.ADMIN })
    public Uni<List<AvailabilityItem>> list(@QueryParam("kind") String kind,
            @QueryParam("municipalityCode") @Pattern(regexp = "GM\\d{4}") String municipalityCode,
            @QueryParam("domain") String domain,
            @QueryParam("age") @Min(0) @Max(23) Integer age,
            @QueryParam("gender") String gender,
            @QueryParam("availableOnly") @DefaultValue("false") boolean availableOnly,
            @QueryParam("providerId") @Pattern(regexp = "\\d{8}") String providerId,
            @QueryParam("unitId") String unitId,
            @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(5000) int limit) {
        String seenByProvider = caller.isProviderOnly() ? caller.providerId() : null;
        if (caller.isProviderOnly() && seenByProvider == null) {
            return Uni.createFrom().item(List.of());
        }
        String onlyProvider = providerId == null && seenByProvider != null ? seenByProvider : providerId;
        Filter filter = new Filter(Params.enumValue(kind, UnitKind.class, "kind"), municipalityCode,
                Params.enumValue(domain, Domain.class, "domain"), age, Params.enumValue(gender, Gender.class, "gender"),
                availableOnly, onlyProvider, unitId, limit, seenByProvider);
        return availability.find(filter).map(units -> {
            OffsetDateTime now = OffsetDateTime.now();
            return units.stream().map(u -> AvailabilityItem.of(u, now)).toList();
        });
    }

    /** For everyone, parents included: counts by kind and municipality; no names, no addresses. */
    @GET
    @Path("/public/availability")
    @PermitAll
    public Uni<List<PublicCount>> publicView() {
        return availability.publicCounts();
    }
}
