package nl.plekwijzer.availability.unit.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.availability.RegistrationRules;
import nl.plekwijzer.availability.unit.IntensityBands;
import nl.plekwijzer.availability.unit.StayIntensity;
import nl.plekwijzer.availability.unit.UnitFacts;
import nl.plekwijzer.availability.unit.Unit;
import nl.plekwijzer.availability.unit.repository.UnitRepository;
import nl.plekwijzer.availability.unit.rest.UnitProfileRequest;
import nl.plekwijzer.contracts.EventType;
import nl.plekwijzer.contracts.StayLength;
import nl.plekwijzer.contracts.events.UnitProfileUpdated;
import nl.plekwijzer.foundation.outbox.Outbox;
import nl.plekwijzer.foundation.outbox.OutboxRelay;
import nl.plekwijzer.foundation.persistence.PgSql;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.problem.Violation;
import nl.plekwijzer.foundation.security.Caller;

@ApplicationScoped
public class UnitService {

    /** What a PUT did: the unit as stored, and whether it was new. */
    public record Saved(Unit unit, boolean created) {
    }

    /**
     * Units' facts read for status reports in the last second. A single report would otherwise
     * cost a query of its own (issue 18's profile); a provider system reports on the same units
     * all day. A unit changed here is read again at once; one changed through another instance of
     * this service may be judged by its old facts for up to a second (the consumer checks every
     * report's figures against the stored unit again).
     */
    private static final long FACTS_FRESH_NANOS = Duration.ofSeconds(1).toNanos();

    private record ReadFacts(UnitFacts facts, long readAtNanos) {
    }

    private final ConcurrentHashMap<String, ReadFacts> recentFacts = new ConcurrentHashMap<>();
    /** Counts changes made here: facts read while one was made are used but not kept. */
    private final AtomicLong changes = new AtomicLong();
    private final Pool pool;
    private final UnitRepository units;
    private final IntensityBands bands;
    private final Outbox outbox;
    private final OutboxRelay relay;

    public UnitService(Pool pool, UnitRepository units, IntensityBands bands, Outbox outbox, OutboxRelay relay) {
        this.pool = pool;
        this.units = units;
        this.bands = bands;
        this.outbox = outbox;
        this.relay = relay;
    }

    /**
     * Registers or replaces a unit's profile and publishes it to {@code unit-profiles.v1}, in one
     * transaction. A provider writes only units of its own id, and cannot take over another's unit.
     */
    public Uni<Saved> put(String unitId, UnitProfileRequest request, Caller caller) {
        List<Violation> violations = new ArrayList<>(RegistrationRules.check("unitId", unitId, request.ageMin(),
                request.ageMax()));
        if ((request.latitude() == null) != (request.longitude() == null)) {
            violations.add(new Violation("longitude", "latitude and longitude go together"));
        }
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(Problems.invalid(violations));
        }
        caller.requireActsFor(request.providerId(), "change units");
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        return pool.withTransaction(tx -> units.find(tx, unitId, true).flatMap(existing -> {
            existing.ifPresent(unit -> caller.requireActsFor(unit.providerId(), "change units"));
            Unit unit = toUnit(unitId, request, existing.map(Unit::createdAt).orElse(now), now);
            return units.upsert(tx, unit)
                    .call(() -> outbox.add(PgSql.of(tx), List.of(new Outbox.Entry(EventType.UNIT_PROFILE_UPDATED, unitId,
                            unit.toEvent()))))
                    .map(ignored -> new Saved(unit, existing.isEmpty()));
        })).invoke(saved -> {
            changes.incrementAndGet();
            recentFacts.remove(unitId);
            relay.wake();
        });
    }

    /** The facts of those of these units that exist, by unit id. */
    public Uni<Map<String, UnitFacts>> facts(Collection<String> unitIds) {
        long now = System.nanoTime();
        long changesBefore = changes.get();
        Map<String, UnitFacts> found = new HashMap<>();
        List<String> toRead = new ArrayList<>();
        for (String unitId : unitIds) {
            ReadFacts read = recentFacts.get(unitId);
            if (read != null && now - read.readAtNanos() < FACTS_FRESH_NANOS) {
                found.put(unitId, read.facts());
            } else {
                toRead.add(unitId);
            }
        }
        if (toRead.isEmpty()) {
            return Uni.createFrom().item(found);
        }
        return units.facts(toRead).map(read -> {
            if (changes.get() == changesBefore) {
                read.forEach((unitId, facts) -> recentFacts.put(unitId, new ReadFacts(facts, now)));
            }
            found.putAll(read);
            return found;
        });
    }

    public Uni<Optional<Unit>> find(String unitId) {
        return units.find(unitId);
    }

    private Unit toUnit(String unitId, UnitProfileRequest request, OffsetDateTime createdAt, OffsetDateTime now) {
        var intensity = StayIntensity.of(request.rosterHoursPerWeek(), request.places());
        return new Unit(unitId, request.providerId(), request.providerName().strip(), request.name().strip(),
                request.kind(), request.productCategory(), request.places(), request.ageMin(), request.ageMax(),
                Set.copyOf(request.genders()), Set.copyOf(request.domains()),
                request.specialties() == null ? Set.of() : Set.copyOf(request.specialties()),
                Boolean.TRUE.equals(request.treatmentOnSite()), request.rosterHoursPerWeek(), intensity,
                bands.bandOf(intensity), Boolean.TRUE.equals(request.acceptsCrisis()),
                Boolean.TRUE.equals(request.acceptsConfidential()), request.municipalityCode(),
                request.normalisedPostcode(), request.latitude(), request.longitude(),
                request.confirmationIntervalHours() == null ? UnitProfileRequest.DEFAULT_CONFIRMATION_INTERVAL_HOURS
                        : request.confirmationIntervalHours(),
                createdAt, now,
                request.stayLengths() == null || request.stayLengths().isEmpty() ? StayLength.defaultFor(request.kind())
                        : Set.copyOf(request.stayLengths()),
                Boolean.TRUE.equals(request.acceptsFamilyAdmission()),
                request.backupPool() == null ? null : new UnitProfileUpdated.BackupPool(
                        request.backupPool().name().strip(), Set.copyOf(request.backupPool().regions())),
                Boolean.TRUE.equals(request.detailVisibleToPeers()));
    }
}
