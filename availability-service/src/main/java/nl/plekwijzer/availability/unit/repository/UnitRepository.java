package nl.plekwijzer.availability.unit.repository;

import static nl.plekwijzer.availability.CodeLists.join;
import static nl.plekwijzer.availability.CodeLists.split;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.availability.unit.Unit;
import nl.plekwijzer.availability.unit.UnitFacts;
import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.StayLength;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.UnitProfileUpdated;

@ApplicationScoped
public class UnitRepository {

    public static final String COLUMNS = "unit_id, provider_id, provider_name, name, kind, product_category, places, age_min,"
            + " age_max, genders, domains, specialties, treatment_on_site, roster_hours_per_week, stay_intensity,"
            + " intensity_band, accepts_crisis, accepts_confidential, municipality_code, postcode, latitude, longitude,"
            + " confirmation_interval_hours, created_at, updated_at, stay_lengths, accepts_family_admission,"
            + " backup_pool_name, backup_pool_regions, detail_visible_to_peers";

    private final Pool pool;

    public UnitRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Optional<Unit>> find(String unitId) {
        return find(pool, unitId, false);
    }

    /** Reads the unit in a transaction, locking it against a concurrent write when {@code forUpdate}. */
    public Uni<Optional<Unit>> find(SqlClient client, String unitId, boolean forUpdate) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM unit WHERE unit_id = $1" + (forUpdate ? " FOR UPDATE" : ""))
                .execute(Tuple.of(unitId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next())));
    }

    /** The owner and size of those of these units that exist. */
    public Uni<Map<String, UnitFacts>> facts(List<String> unitIds) {
        return pool.preparedQuery("SELECT unit_id, provider_id, places FROM unit WHERE unit_id = ANY($1)")
                .execute(Tuple.of(unitIds.toArray(new String[0])))
                .map(rows -> {
                    Map<String, UnitFacts> facts = new HashMap<>();
                    rows.forEach(row -> facts.put(row.getString("unit_id"),
                            new UnitFacts(row.getString("provider_id"), row.getInteger("places"))));
                    return facts;
                });
    }

    public Uni<Void> upsert(SqlClient client, Unit unit) {
        Tuple values = Tuple.from(new Object[] { unit.unitId(), unit.providerId(), unit.providerName(), unit.name(),
                unit.kind().name(), unit.productCategory(), unit.places(), unit.ageMin(), unit.ageMax(),
                join(unit.genders()), join(unit.domains()), join(unit.specialties()), unit.treatmentOnSite(),
                unit.rosterHoursPerWeek(), unit.stayIntensity(), unit.intensityBand(), unit.acceptsCrisis(),
                unit.acceptsConfidential(), unit.municipalityCode(), unit.postcode(), unit.latitude(),
                unit.longitude(), unit.confirmationIntervalHours(), unit.createdAt(), unit.updatedAt(),
                join(unit.stayLengths()), unit.acceptsFamilyAdmission(),
                unit.backupPool() == null ? null : unit.backupPool().name(),
                unit.backupPool() == null ? null : join(unit.backupPool().regions()), unit.detailVisibleToPeers() });
        return client.preparedQuery("INSERT INTO unit (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,"
                + " $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30)"
                + " ON CONFLICT (unit_id) DO UPDATE SET provider_id = EXCLUDED.provider_id,"
                + " provider_name = EXCLUDED.provider_name, name = EXCLUDED.name, kind = EXCLUDED.kind,"
                + " product_category = EXCLUDED.product_category, places = EXCLUDED.places,"
                + " age_min = EXCLUDED.age_min, age_max = EXCLUDED.age_max, genders = EXCLUDED.genders,"
                + " domains = EXCLUDED.domains, specialties = EXCLUDED.specialties,"
                + " treatment_on_site = EXCLUDED.treatment_on_site,"
                + " roster_hours_per_week = EXCLUDED.roster_hours_per_week, stay_intensity = EXCLUDED.stay_intensity,"
                + " intensity_band = EXCLUDED.intensity_band, accepts_crisis = EXCLUDED.accepts_crisis,"
                + " accepts_confidential = EXCLUDED.accepts_confidential,"
                + " municipality_code = EXCLUDED.municipality_code, postcode = EXCLUDED.postcode,"
                + " latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,"
                + " confirmation_interval_hours = EXCLUDED.confirmation_interval_hours,"
                + " updated_at = EXCLUDED.updated_at, stay_lengths = EXCLUDED.stay_lengths,"
                + " accepts_family_admission = EXCLUDED.accepts_family_admission,"
                + " backup_pool_name = EXCLUDED.backup_pool_name, backup_pool_regions = EXCLUDED.backup_pool_regions,"
                + " detail_visible_to_peers = EXCLUDED.detail_visible_to_peers")
                .execute(values).replaceWithVoid();
    }

    /** Maps a row that holds {@link #COLUMNS}. */
    public static Unit map(Row row) {
        return new Unit(row.getString("unit_id"), row.getString("provider_id"), row.getString("provider_name"),
                row.getString("name"), UnitKind.valueOf(row.getString("kind")), row.getString("product_category"),
                row.getInteger("places"), row.getInteger("age_min"), row.getInteger("age_max"),
                split(row.getString("genders"), Gender::valueOf), split(row.getString("domains"), Domain::valueOf),
                split(row.getString("specialties"), Function.identity()), row.getBoolean("treatment_on_site"),
                row.getBigDecimal("roster_hours_per_week"), row.getBigDecimal("stay_intensity"),
                row.getString("intensity_band"), row.getBoolean("accepts_crisis"),
                row.getBoolean("accepts_confidential"), row.getString("municipality_code"), row.getString("postcode"),
                row.getDouble("latitude"), row.getDouble("longitude"), row.getInteger("confirmation_interval_hours"),
                row.getOffsetDateTime("created_at"), row.getOffsetDateTime("updated_at"), stayLengths(row),
                row.getBoolean("accepts_family_admission"),
                row.getString("backup_pool_name") == null ? null : new UnitProfileUpdated.BackupPool(
                        row.getString("backup_pool_name"), split(row.getString("backup_pool_regions"), Function.identity())),
                row.getBoolean("detail_visible_to_peers"));
    }

    /** Units stored before stay lengths existed offer what their kind does. */
    private static Set<StayLength> stayLengths(Row row) {
        Set<StayLength> stored = split(row.getString("stay_lengths"), StayLength::valueOf);
        return stored.isEmpty() ? StayLength.defaultFor(UnitKind.valueOf(row.getString("kind"))) : stored;
    }
}
