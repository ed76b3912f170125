package nl.plekwijzer.matching.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.StayLength;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.matching.engine.GeoPoint;
import nl.plekwijzer.matching.engine.RequestView;
import nl.plekwijzer.matching.engine.UnitView;

/**
 * A synthetic national data set for benchmarks: units and open requests spread over the
 * Netherlands, with kinds, ages, domains and availability in plausible shares. Seeded, so every
 * run sees the same data.
 */
public final class SyntheticRegion {

    private static final List<String> SPECIALTIES = List.of("TRAUMA", "ADDICTION", "EATING_DISORDER", "FORENSIC",
            "AUTISM", "COMPLEX_DIVORCE", "PERSONALITY");
    private static final UnitKind[] KINDS = { UnitKind.FOSTER_CARE, UnitKind.FOSTER_CARE, UnitKind.FOSTER_CARE,
            UnitKind.FAMILY_HOME, UnitKind.FAMILY_HOME, UnitKind.RESIDENTIAL_GROUP, UnitKind.RESIDENTIAL_GROUP,
            UnitKind.TREATMENT_GROUP, UnitKind.CRISIS_BED, UnitKind.CRISIS_GROUP, UnitKind.SECURE_CARE,
            UnitKind.SUPPORTED_INDEPENDENCE, UnitKind.RESPITE };
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final Random random;

    public SyntheticRegion(long seed) {
        this.random = new Random(seed);
    }

    public List<UnitView> units(int count) {
        List<UnitView> units = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            units.add(unit("unit-" + i, randomAvailable()));
        }
        return units;
    }

    /** {@code count} units, each with at least one free place. */
    public List<UnitView> freeUnits(int count) {
        List<UnitView> units = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            units.add(unit("free-" + i, 1 + random.nextInt(2)));
        }
        return units;
    }

    public UnitView unit(String unitId, int available) {
        UnitKind kind = KINDS[random.nextInt(KINDS.length)];
        int ageMin = random.nextInt(12);
        int ageMax = Math.min(23, ageMin + 6 + random.nextInt(12));
        Set<Gender> genders = random.nextInt(5) == 0 ? EnumSet.of(random.nextBoolean() ? Gender.F : Gender.M)
                : EnumSet.allOf(Gender.class);
        Set<Domain> domains = EnumSet.of(Domain.values()[random.nextInt(3)]);
        if (random.nextBoolean()) {
            domains.add(Domain.values()[random.nextInt(3)]);
        }
        return new UnitView(unitId, String.valueOf(98000000 + random.nextInt(600)), "Unit " + unitId, kind, ageMin,
                ageMax, genders, domains, Set.of(SPECIALTIES.get(random.nextInt(SPECIALTIES.size()))),
                random.nextBoolean(), BigDecimal.valueOf(1 + random.nextInt(1100), 2).add(BigDecimal.ONE),
                kind == UnitKind.CRISIS_BED || kind == UnitKind.CRISIS_GROUP || random.nextInt(4) == 0,
                random.nextInt(5) == 0, "GM0" + (100 + random.nextInt(900)), randomPoint(), available,
                Light.values()[random.nextInt(10) == 0 ? 2 : random.nextInt(2)], null, random.nextInt(10) == 0, null,
                null, kind != UnitKind.RESPITE && random.nextInt(10) == 0 ? EnumSet.allOf(StayLength.class)
                        : StayLength.defaultFor(kind),
                random.nextInt(20) == 0, null, Set.of());
    }

    public List<RequestView> requests(int count) {
        List<RequestView> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(request(new UUID(0, i)));
        }
        return requests;
    }

    public RequestView request(UUID requestId) {
        int draw = random.nextInt(100);
        Urgency urgency = draw < 5 ? Urgency.CRISIS : draw < 30 ? Urgency.URGENT : Urgency.REGULAR;
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        for (int k = 0; k < 1 + random.nextInt(3); k++) {
            kinds.add(KINDS[random.nextInt(KINDS.length)]);
        }
        Set<String> specialties = random.nextBoolean() ? Set.of()
                : Set.of(SPECIALTIES.get(random.nextInt(SPECIALTIES.size())));
        return new RequestView(requestId, String.format("%064x", requestId.getLeastSignificantBits()),
                random.nextInt(24), Gender.values()[random.nextInt(3)], "GM0" + (100 + random.nextInt(900)),
                "GM0" + (100 + random.nextInt(900)), EnumSet.of(Domain.values()[random.nextInt(3)]), kinds,
                random.nextInt(3) == 0 ? BigDecimal.valueOf(6) : null, specialties, urgency,
                TODAY.plusDays(random.nextInt(60)), random.nextInt(50) == 0,
                random.nextInt(4) == 0 ? 30 + random.nextInt(70) : null, randomPoint(),
                random.nextBoolean() ? randomPoint() : null, null, null,
                OffsetDateTime.parse("2026-06-01T09:00:00+02:00").plusHours(random.nextInt(24 * 170)), false, null,
                null, random.nextInt(3) == 0, random.nextInt(5) == 0, random.nextInt(20) == 0 ? 2 : null,
                random.nextInt(50) == 0, null);
    }

    private int randomAvailable() {
        return random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(3);
    }

    private GeoPoint randomPoint() {
        return new GeoPoint(51.3 + random.nextDouble() * 2.1, 3.6 + random.nextDouble() * 3.4);
    }
}
