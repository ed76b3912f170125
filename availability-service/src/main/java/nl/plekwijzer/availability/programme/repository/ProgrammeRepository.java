package nl.plekwijzer.availability.programme.repository;

import static nl.plekwijzer.availability.CodeLists.join;
import static nl.plekwijzer.availability.CodeLists.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.availability.programme.AmbulantProgramme;
import nl.plekwijzer.contracts.AmbulantProgrammeType;
import nl.plekwijzer.contracts.Domain;

@ApplicationScoped
public class ProgrammeRepository {

    private static final String COLUMNS = "programme_id, provider_id, provider_name, name, type, age_min, age_max,"
            + " domains, municipality_codes, waiting_weeks, active, created_at, updated_at";

    private final Pool pool;

    public ProgrammeRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Optional<AmbulantProgramme>> find(SqlClient client, String programmeId) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM ambulant_programme WHERE programme_id = $1 FOR UPDATE")
                .execute(Tuple.of(programmeId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next())));
    }

    /** Programmes, of one provider when {@code providerId} is not null; active ones only unless asked. */
    public Uni<List<AmbulantProgramme>> list(String providerId, boolean withWithdrawn) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM ambulant_programme"
                + " WHERE ($1::text IS NULL OR provider_id = $1) AND (active OR $2) ORDER BY type, name, programme_id")
                .execute(Tuple.of(providerId, withWithdrawn))
                .map(rows -> {
                    List<AmbulantProgramme> programmes = new ArrayList<>();
                    rows.forEach(row -> programmes.add(map(row)));
                    return programmes;
                });
    }

    public Uni<Void> upsert(SqlClient client, AmbulantProgramme p) {
        return client.preparedQuery("INSERT INTO ambulant_programme (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6,"
                + " $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (programme_id) DO UPDATE SET"
                + " provider_id = EXCLUDED.provider_id, provider_name = EXCLUDED.provider_name, name = EXCLUDED.name,"
                + " type = EXCLUDED.type, age_min = EXCLUDED.age_min, age_max = EXCLUDED.age_max,"
                + " domains = EXCLUDED.domains, municipality_codes = EXCLUDED.municipality_codes,"
                + " waiting_weeks = EXCLUDED.waiting_weeks, active = EXCLUDED.active, updated_at = EXCLUDED.updated_at")
                .execute(Tuple.from(new Object[] { p.programmeId(), p.providerId(), p.providerName(), p.name(),
                        p.type().name(), p.ageMin(), p.ageMax(), join(p.domains()), join(p.municipalityCodes()),
                        p.waitingWeeks(), p.active(), p.createdAt(), p.updatedAt() }))
                .replaceWithVoid();
    }

    private static AmbulantProgramme map(Row row) {
        return new AmbulantProgramme(row.getString("programme_id"), row.getString("provider_id"),
                row.getString("provider_name"), row.getString("name"),
                AmbulantProgrammeType.valueOf(row.getString("type")), row.getInteger("age_min"),
                row.getInteger("age_max"), split(row.getString("domains"), Domain::valueOf),
                split(row.getString("municipality_codes"), Function.identity()), row.getInteger("waiting_weeks"),
                row.getBoolean("active"), row.getOffsetDateTime("created_at"), row.getOffsetDateTime("updated_at"));
    }
}
