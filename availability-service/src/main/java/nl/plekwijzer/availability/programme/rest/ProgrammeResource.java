package nl.plekwijzer.availability.programme.rest;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.plekwijzer.availability.RegistrationRules;
import nl.plekwijzer.availability.programme.AmbulantProgramme;
import nl.plekwijzer.availability.programme.repository.ProgrammeRepository;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.foundation.outbox.Outbox;
import nl.plekwijzer.foundation.outbox.OutboxRelay;
import nl.plekwijzer.foundation.persistence.PgSql;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.foundation.security.Roles;

/**
 * The ambulant programmes of the service directory (domain rule 5): a provider registers its own;
 * providers, coordinators, referrers and admins read them. Each change goes to {@code ambulant-programmes.v1} in the
 * transaction that stores it.
 */
@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    private final Pool pool;
    private final ProgrammeRepository programmes;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final Caller caller;

    public ProgrammeResource(Pool pool, ProgrammeRepository programmes, Outbox outbox, OutboxRelay relay, Caller caller) {
        this.pool = pool;
        this.programmes = programmes;
        this.outbox = outbox;
        this.relay = relay;
        this.caller = caller;
    }

    /** Registers or replaces a programme: 201 when new, 200 when replaced. */
    @PUT
    @Path("/{programmeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PROVIDER, Roles.ADMIN })
    public Uni<Response> put(@PathParam("programmeId") String programmeId, @Valid @NotNull ProgrammeRequest request) {
        var violations = RegistrationRules.check("programmeId", programmeId, request.ageMin(), request.ageMax());
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        caller.requireActsFor(request.providerId(), "change programmes");
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        return pool.withTransaction(tx -> programmes.find(tx, programmeId).flatMap(existing -> {
            existing.ifPresent(p -> caller.requireActsFor(p.providerId(), "change programmes"));
            AmbulantProgramme programme = new AmbulantProgramme(programmeId, request.providerId(),
                    request.providerName().strip(), request.name().strip(), request.type(), request.ageMin(),
                    request.ageMax(), Set.copyOf(request.domains()), Set.copyOf(request.municipalityCodes()),
                    request.waitingWeeks(), !Boolean.FALSE.equals(request.active()),
                    existing.map(AmbulantProgramme::createdAt).orElse(now), now);
            return programmes.upsert(tx, programme)
                    .call(() -> outbox.add(PgSql.of(tx), List.of(new Outbox.Entry(EventType.AMBULANT_PROGRAMME_UPDATED,
                            programmeId, programme.toEvent()))))
                    .map(ignored -> Response.status(existing.isEmpty() ? Response.Status.CREATED : Response.Status.OK)
                            .entity(programme).build());
        })).invoke(relay::wake);
    }

    /** The directory: active programmes, of one provider with {@code providerId}; withdrawn ones too when asked. */
    @GET
    @RolesAllowed({ Roles.PROVIDER, Roles.COORDINATOR, Roles.REFERRER, Roles.ADMIN })
    public Uni<List<AmbulantProgramme>> list(
            @QueryParam("providerId") @Pattern(regexp = "\\d{8}") String providerId,
            @QueryParam("withdrawn") @DefaultValue("false") boolean withWithdrawn) {
        return programmes.list(providerId, withWithdrawn);
    }
}
