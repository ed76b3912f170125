package nl.plekwijzer.matching.engine;

import static nl.plekwijzer.matching.engine.Fixtures.request;
import static nl.plekwijzer.matching.engine.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.Light;
import nl.plekwijzer.contracts.UnitKind;

/** Each soft component orders two units that differ only in what that component looks at. */
class ScoringTest {

    private final Scoring scoring = new Scoring(Scoring.Settings.defaults());

    @Test
    void expertiseIsTheShareOfNeededSpecialtiesCovered() {
        var needsTwo = request(r -> r.specialties = Set.of("TRAUMA", "AUTISM"));
        assertThat(component(ScoreComponent.EXPERTISE, needsTwo, unit(u -> u.specialties = Set.of("TRAUMA"))))
                .isEqualTo(0.5);
        assertThat(component(ScoreComponent.EXPERTISE, needsTwo, unit(u -> u.specialties = Set.of("TRAUMA", "AUTISM"))))
                .isEqualTo(1.0);
        assertThat(component(ScoreComponent.EXPERTISE, request(), unit(u -> u.specialties = Set.of()))).isEqualTo(1.0);
        assertBetter(needsTwo, unit(u -> u.specialties = Set.of("TRAUMA", "AUTISM")),
                unit(u -> u.specialties = Set.of("TRAUMA")));
    }

    @Test
    void lighterFormsAndLowerIntensityFirst() {
        assertBetter(request(), unit(u -> u.kind = UnitKind.FOSTER_CARE), unit(u -> u.kind = UnitKind.RESIDENTIAL_GROUP));
        assertBetter(request(), unit(u -> u.kind = UnitKind.FAMILY_HOME), unit(u -> u.kind = UnitKind.TREATMENT_GROUP));
        assertBetter(request(), unit(u -> u.stayIntensity = new BigDecimal("2.00")),
                unit(u -> u.stayIntensity = new BigDecimal("8.00")));
    }

    @Test
    void closerToHomeAndToSchoolFirst() {
        assertBetter(request(), unit(u -> u.location = Fixtures.HEEMSTEDE), unit(u -> u.location = Fixtures.AMSTERDAM));
        var schoolInEnschede = request(r -> {
            r.home = null;
            r.school = Fixtures.ENSCHEDE;
        });
        assertBetter(schoolInEnschede, unit(u -> u.location = Fixtures.ENSCHEDE), unit(u -> u.location = Fixtures.HAARLEM));
        assertThat(component(ScoreComponent.DISTANCE_SCHOOL, request(), unit())).as("no school given").isEqualTo(0.5);
    }

    @Test
    void treatmentOnSiteRanksFirstWhenTreatmentIsNeededAndMakesNoDifferenceOtherwise() {
        var needsTreatment = request(r -> r.treatmentNeeded = true);
        assertBetter(needsTreatment, unit(u -> u.treatmentOnSite = true), unit(u -> u.treatmentOnSite = false));
        assertThat(component(ScoreComponent.TREATMENT_ON_SITE, needsTreatment, unit(u -> u.treatmentOnSite = false)))
                .isEqualTo(0.0);
        assertThat(scoring.score(Pair.of(request(), unit(u -> u.treatmentOnSite = true))))
                .isEqualTo(scoring.score(Pair.of(request(), unit(u -> u.treatmentOnSite = false))));
    }

    @Test
    void aStaleUnitRanksBelowAnEqualFreshOne() {
        assertBetter(request(), unit(u -> u.stale = false), unit(u -> u.stale = true));
    }

    @Test
    void theProviderTheYouthCameFromFirst() {
        var cameFrom2 = request(r -> r.previousProviderId = "98000002");
        assertBetter(cameFrom2, unit(u -> u.providerId = "98000002"), unit(u -> u.providerId = "98000001"));
    }

    @Test
    void theScoreIsTheWeightedMeanOfItsComponents() {
        Map<ScoreComponent, Double> onlyFreshness = new EnumMap<>(ScoreComponent.class);
        onlyFreshness.put(ScoreComponent.FRESHNESS, 1.0);
        onlyFreshness.put(ScoreComponent.EXPERTISE, 3.0);
        Scoring custom = new Scoring(new Scoring.Settings(onlyFreshness, 100, 12));
        var needsTwo = request(r -> r.specialties = Set.of("TRAUMA", "AUTISM"));

        Scoring.Scored scored = custom.explain(Pair.of(needsTwo, unit(u -> u.stale = true)));

        assertThat(scored.score()).isEqualTo((1.0 * 0 + 3.0 * 0.5) / 4.0);
        assertThat(scored.components()).containsEntry(ScoreComponent.EXPERTISE, 0.5)
                .containsEntry(ScoreComponent.FRESHNESS, 0.0).containsKey(ScoreComponent.CONTINUITY);
        assertThat(custom.score(Pair.of(needsTwo, unit(u -> u.stale = true)))).isEqualTo(scored.score());
        assertThatThrownBy(() -> new Scoring(new Scoring.Settings(Map.of(), 100, 12)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOrangeLightRanksBelowAnOtherwiseEqualGreenOne() {
        assertThat(component(ScoreComponent.LIGHT, request(), unit(u -> u.light = Light.GREEN))).isEqualTo(1.0);
        assertThat(component(ScoreComponent.LIGHT, request(), unit(u -> u.light = Light.ORANGE))).isEqualTo(0.0);
        assertThat(component(ScoreComponent.LIGHT, request(), unit(u -> u.light = null))).isEqualTo(0.5);
        Scoring scoring = new Scoring(Scoring.Settings.defaults());
        assertThat(scoring.score(Pair.of(request(), unit(u -> u.light = Light.ORANGE))))
                .isLessThan(scoring.score(Pair.of(request(), unit(u -> u.light = Light.GREEN))));
    }

    private double component(ScoreComponent component, RequestView request, UnitView unit) {
        return scoring.explain(Pair.of(request, unit)).components().get(component);
    }

    private void assertBetter(RequestView request, UnitView better, UnitView worse) {
        assertThat(scoring.score(Pair.of(request, better))).isGreaterThan(scoring.score(Pair.of(request, worse)));
    }
}
