package nl.plekwijzer.matching.engine;

import static nl.plekwijzer.matching.engine.Fixtures.request;
import static nl.plekwijzer.matching.engine.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.AmbulantProgrammeType;
import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;

class MatchingEngineTest {

    private final MatchingEngine engine = new MatchingEngine(new Scoring(Scoring.Settings.defaults()), 3);

    @Test
    void ranksFittingUnitsBestFirstAndCountsWhatEachRuleExcluded() {
        engine.putUnit(unit(u -> {
            u.unitId = "group";
            u.kind = UnitKind.RESIDENTIAL_GROUP;
        }));
        engine.putUnit(unit(u -> u.unitId = "family-home"));
        engine.putUnit(unit(u -> {
            u.unitId = "full";
            u.availablePlaces = 0;
        }));
        engine.putUnit(unit(u -> {
            u.unitId = "red-and-boys-only";
            u.light = Light.RED;
            u.genders = java.util.Set.of(Gender.M);
        }));
        RequestView request = request();
        engine.putRequest(request);

        MatchingEngine.Ranking ranking = engine.ranking(request.requestId());

        assertThat(ranking.top()).extracting(r -> r.unit().unitId()).containsExactly("family-home", "group");
        assertThat(ranking.fitting()).isEqualTo(2);
        // Each excluded unit counts once, under the first rule it breaks (the red one also takes only boys).
        assertThat(ranking.excluded()).containsOnly(java.util.Map.entry(HardRule.PLACE_AVAILABLE, 1),
                java.util.Map.entry(HardRule.GENDER_ACCEPTED, 1));
    }

    @Test
    void unitsOfKindsTheRequestDoesNotAcceptCountAsExcludedByKind() {
        RequestView onlyFoster = request(r -> r.acceptableKinds = java.util.EnumSet.of(UnitKind.FOSTER_CARE));
        engine.putRequest(onlyFoster);
        engine.putUnit(unit(u -> {
            u.unitId = "group";
            u.kind = UnitKind.RESIDENTIAL_GROUP;
        }));
        assertThat(engine.ranking(onlyFoster.requestId()).excluded()).containsOnly(
                java.util.Map.entry(HardRule.KIND_ACCEPTABLE, 1));

        engine.putUnit(unit(u -> {
            u.unitId = "group";
            u.kind = UnitKind.FOSTER_CARE;
        }));
        assertThat(engine.ranking(onlyFoster.requestId()).excluded()).isEmpty();
        assertThat(engine.ranking(onlyFoster.requestId()).top()).hasSize(1);

        engine.removeUnit("group");
        assertThat(engine.ranking(onlyFoster.requestId()).top()).isEmpty();
        assertThat(engine.ranking(onlyFoster.requestId()).fitting()).isZero();
    }

    @Test
    void aPlaceThatBecomesFreeEntersTheListAndOneThatFillsLeavesIt() {
        RequestView request = request();
        engine.putRequest(request);
        engine.putUnit(unit(u -> {
            u.unitId = "u1";
            u.availablePlaces = 0;
        }));
        assertThat(engine.ranking(request.requestId()).top()).isEmpty();

        assertThat(engine.putUnit(unit(u -> u.unitId = "u1"))).containsExactly(request.requestId());
        assertThat(engine.ranking(request.requestId()).top()).extracting(r -> r.unit().unitId()).containsExactly("u1");

        assertThat(engine.putUnit(unit(u -> {
            u.unitId = "u1";
            u.availablePlaces = 0;
        }))).containsExactly(request.requestId());
        assertThat(engine.ranking(request.requestId()).top()).isEmpty();
        assertThat(engine.ranking(request.requestId()).excluded()).containsEntry(HardRule.PLACE_AVAILABLE, 1);
    }

    @Test
    void aChangeBelowTheKeptListChangesNothingVisible() {
        RequestView request = request();
        engine.putRequest(request);
        for (int i = 0; i < 3; i++) {
            int n = i;
            engine.putUnit(unit(u -> {
                u.unitId = "near-" + n;
                u.location = Fixtures.HAARLEM;
            }));
        }

        var changed = engine.putUnit(unit(u -> {
            u.unitId = "far";
            u.location = Fixtures.ENSCHEDE;
        }));

        assertThat(changed).isEmpty();
        assertThat(engine.ranking(request.requestId()).fitting()).isEqualTo(4);
    }

    /** Whatever the order of changes, the kept list equals a ranking made from scratch. */
    @Test
    void incrementalUpdatesAgreeWithRankingFromScratch() {
        Random random = new Random(42);
        List<RequestView> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            RequestView request = request(r -> {
                r.requestId = UUID.nameUUIDFromBytes(("r" + n).getBytes());
                r.ageYears = 4 + random.nextInt(14);
                r.gender = Gender.values()[random.nextInt(3)];
                r.urgency = Urgency.values()[random.nextInt(3)];
                r.acceptableKinds = java.util.EnumSet.of(UnitKind.values()[random.nextInt(UnitKind.values().length)],
                        UnitKind.values()[random.nextInt(UnitKind.values().length)]);
            });
            requests.add(request);
            engine.putRequest(request);
        }
        for (int step = 0; step < 3000; step++) {
            int n = random.nextInt(30);
            engine.putUnit(unit(u -> {
                u.unitId = "u" + n;
                u.availablePlaces = random.nextInt(3);
                u.kind = UnitKind.values()[random.nextInt(UnitKind.values().length)];
                u.light = Light.values()[random.nextInt(3)];
                u.stale = random.nextBoolean();
                u.location = new GeoPoint(52 + random.nextDouble(), 4.5 + random.nextDouble() * 2);
            }));
            if (step % 50 == 0) {
                engine.removeUnit("u" + random.nextInt(30));
            }
            assertAgreesWithRankingFromScratch(requests);
        }
    }

    @Test
    void aRebuildRankedOnceAtTheEndAgreesWithRankingAsItComesAndStaysRightAfterwards() {
        Random random = new Random(7);
        engine.deferRanking();
        List<RequestView> requests = new ArrayList<>();
        // Units and requests interleaved, units changing kind and being removed, as a replay of the topics goes.
        for (int step = 0; step < 600; step++) {
            int n = random.nextInt(30);
            engine.putUnit(unit(u -> {
                u.unitId = "u" + n;
                u.availablePlaces = random.nextInt(3);
                u.kind = UnitKind.values()[random.nextInt(UnitKind.values().length)];
                u.location = new GeoPoint(52 + random.nextDouble(), 4.5 + random.nextDouble() * 2);
            }));
            if (step % 30 == 0) {
                int r = step / 30;
                RequestView request = request(q -> {
                    q.requestId = UUID.nameUUIDFromBytes(("deferred" + r).getBytes());
                    q.ageYears = 4 + random.nextInt(14);
                    q.acceptableKinds = java.util.EnumSet.of(UnitKind.values()[random.nextInt(UnitKind.values().length)]);
                });
                engine.putRequest(request);
                requests.add(request);
                assertThat(engine.putUnit(unit(u -> u.unitId = "u0"))).as("nothing is ranked while deferred").isEmpty();
            }
            if (step % 50 == 0) {
                engine.removeUnit("u" + random.nextInt(30));
            }
        }
        assertThat(engine.ranking(requests.get(0).requestId()).top()).as("not ranked yet").isEmpty();

        engine.rankAll();
        assertAgreesWithRankingFromScratch(requests);
        for (int step = 0; step < 300; step++) {
            int n = random.nextInt(30);
            engine.putUnit(unit(u -> {
                u.unitId = "u" + n;
                u.availablePlaces = random.nextInt(3);
                u.kind = UnitKind.values()[random.nextInt(UnitKind.values().length)];
            }));
            assertAgreesWithRankingFromScratch(requests);
        }
    }

    private void assertAgreesWithRankingFromScratch(List<RequestView> requests) {
        MatchingEngine fresh = new MatchingEngine(engine.scoring(), 3);
        engine.units().forEach(fresh::putUnit);
        for (RequestView request : requests) {
            fresh.putRequest(request);
            MatchingEngine.Ranking kept = engine.ranking(request.requestId());
            MatchingEngine.Ranking expected = fresh.ranking(request.requestId());
            assertThat(kept.top()).extracting(r -> r.unit().unitId())
                    .isEqualTo(expected.top().stream().map(r -> r.unit().unitId()).toList());
            assertThat(kept.excluded()).isEqualTo(expected.excluded());
            assertThat(kept.fitting()).isEqualTo(expected.fitting());
        }
    }

    @Test
    void candidatesPutCrisisFirstThenBestFitThenLongestWaiting() {
        engine.putUnit(unit(u -> u.unitId = "home"));
        RequestView waitingLong = request(r -> {
            r.requestId = UUID.nameUUIDFromBytes("long".getBytes());
            r.submittedAt = OffsetDateTime.parse("2026-09-01T09:00:00+02:00");
        });
        RequestView waitingShort = request(r -> r.requestId = UUID.nameUUIDFromBytes("short".getBytes()));
        RequestView crisis = request(r -> {
            r.requestId = UUID.nameUUIDFromBytes("crisis".getBytes());
            r.urgency = Urgency.CRISIS;
            r.submittedAt = OffsetDateTime.parse("2026-11-22T09:00:00+01:00");
        });
        RequestView linked = request(r -> {
            r.requestId = UUID.nameUUIDFromBytes("linked".getBytes());
            r.linkedToRequestId = waitingLong.requestId();
        });
        RequestView tooOld = request(r -> {
            r.requestId = UUID.nameUUIDFromBytes("old".getBytes());
            r.ageYears = 18;
        });
        List.of(waitingShort, tooOld, crisis, linked, waitingLong).forEach(engine::putRequest);

        assertThat(engine.candidates("home", 10)).extracting(c -> c.request().requestId())
                .containsExactly(crisis.requestId(), waitingLong.requestId(), waitingShort.requestId());
        assertThat(engine.candidates("home", 1)).extracting(c -> c.request().requestId())
                .containsExactly(crisis.requestId());
    }

    @Test
    void aYouthLeavingCrisisCareGoesFirstAmongRequestsOfTheSameUrgencyButNotBeforeACrisis() {
        engine.putUnit(unit(u -> u.unitId = "home"));
        RequestView waitingLong = request(r -> {
            r.requestId = UUID.nameUUIDFromBytes("long".getBytes());
            r.submittedAt = OffsetDateTime.parse("2026-09-01T09:00:00+02:00");
        });
        RequestView followUp = request(r -> {
            r.requestId = UUID.nameUUIDFromBytes("follow-up".getBytes());
            r.followUpAfterCrisis = true;
        });
        RequestView crisis = request(r -> {
            r.requestId = UUID.nameUUIDFromBytes("crisis".getBytes());
            r.urgency = Urgency.CRISIS;
        });
        List.of(waitingLong, followUp, crisis).forEach(engine::putRequest);

        assertThat(engine.candidates("home", 10)).extracting(c -> c.request().requestId())
                .containsExactly(crisis.requestId(), followUp.requestId(), waitingLong.requestId());
    }

    @Test
    void nearMissesNameTheRulesThatStoodInTheWay() {
        engine.putUnit(unit(u -> {
            u.unitId = "full-near";
            u.availablePlaces = 0;
        }));
        engine.putUnit(unit(u -> {
            u.unitId = "full-and-red";
            u.availablePlaces = 0;
            u.light = Light.RED;
        }));
        engine.putUnit(unit(u -> {
            u.unitId = "boys";
            u.genders = java.util.Set.of(Gender.M);
            u.location = Fixtures.ENSCHEDE;
        }));
        RequestView request = request();
        engine.putRequest(request);

        assertThat(engine.nearMissExclusions(request.requestId(), 2)).containsOnly(
                java.util.Map.entry(HardRule.PLACE_AVAILABLE, 1), java.util.Map.entry(HardRule.GENDER_ACCEPTED, 1));
    }

    @Test
    void ambulantProgrammesAreListedLightestFirstOnlyWhereTheRequestAllowsThemAndServesTheYouth() {
        RequestView allows = request(r -> {
            r.requestId = UUID.nameUUIDFromBytes("allows".getBytes());
            r.ambulantAlternativeAllowed = true;
        });
        RequestView stayOnly = request(r -> r.requestId = UUID.nameUUIDFromBytes("stay-only".getBytes()));
        engine.putRequest(allows);
        engine.putRequest(stayOnly);
        ProgrammeView mst = programme("mst", AmbulantProgrammeType.MST, 2, Set.of("GM0392"));
        ProgrammeView iag = programme("iag", AmbulantProgrammeType.IAG, 8, Set.of("GM0392"));
        ProgrammeView elsewhere = programme("iog-elders", AmbulantProgrammeType.IOG, 0, Set.of("GM0153"));

        assertThat(engine.putProgramme(mst)).containsExactly(allows.requestId());
        engine.putProgramme(iag);
        assertThat(engine.putProgramme(elsewhere)).isEmpty();

        assertThat(engine.ranking(allows.requestId()).alternatives()).extracting(ProgrammeView::programmeId)
                .containsExactly("iag", "mst");
        assertThat(engine.ranking(stayOnly.requestId()).alternatives()).isEmpty();
        assertThat(engine.removeProgramme("iag")).containsExactly(allows.requestId());
        assertThat(engine.ranking(allows.requestId()).alternatives()).extracting(ProgrammeView::programmeId)
                .containsExactly("mst");
    }

    @Test
    void aProgrammeServesOnlyTheAgesAndDomainsItTakes() {
        ProgrammeView teens = programme("fact", AmbulantProgrammeType.FACT, null, Set.of("GM0392"));
        assertThat(teens.servesAsAlternativeFor(request(r -> r.ambulantAlternativeAllowed = true))).isTrue();
        assertThat(teens.servesAsAlternativeFor(request(r -> {
            r.ambulantAlternativeAllowed = true;
            r.ageYears = 8;
        }))).isFalse();
        assertThat(teens.servesAsAlternativeFor(request(r -> {
            r.ambulantAlternativeAllowed = true;
            r.domains = EnumSet.of(Domain.INTELLECTUAL_DISABILITY);
        }))).isFalse();
    }

    private static ProgrammeView programme(String id, AmbulantProgrammeType type, Integer waitingWeeks,
            Set<String> municipalities) {
        return new ProgrammeView(id, "98000009", "Jeugdhulp Twente", id.toUpperCase(), type, 12, 18,
                EnumSet.of(Domain.PARENTING_SUPPORT, Domain.MENTAL_HEALTH), municipalities, waitingWeeks);
    }
}
