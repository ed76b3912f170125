package nl.plekwijzer.matching.proposal;

import static nl.plekwijzer.matching.engine.Fixtures.request;
import static nl.plekwijzer.matching.engine.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.foundation.problem.Violation;
import nl.plekwijzer.matching.engine.UnitView;

class ProposalRulesTest {

    private static final UnitView NOT_IN_A_POOL = unit(u -> u.unitId = "local");
    private static final UnitView IN_THE_POOL = unit(u -> {
        u.unitId = "pool";
        u.backupPoolName = "Bovenregionaal crisisbed Oost";
        u.backupPoolRegions = Set.of("ACHTERHOEK");
    });

    @Test
    void aUnitOutsideThePoolOfTheRequestsRegionIsRefusedEvenWithAnOverrideReason() {
        var fromAchterhoek = request(r -> r.region = "ACHTERHOEK");

        List<Violation> violations = ProposalRules.check(fromAchterhoek, List.of("local", "pool"),
                id -> id.equals("local") ? NOT_IN_A_POOL : IN_THE_POOL, "geen andere plek");

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("unitIds[0]");
            assertThat(v.message()).contains("SHARED_WITH_REQUESTS_REGION", "no override");
        });
    }

    @Test
    void aRuleThatMayBeOverriddenPassesWithAReasonOnly() {
        var family = request(r -> r.familyAdmission = true);

        assertThat(ProposalRules.check(family, List.of("local"), id -> NOT_IN_A_POOL, null))
                .extracting(Violation::message).singleElement().asString().contains("FAMILY_ADMISSION_ACCEPTED");
        assertThat(ProposalRules.check(family, List.of("local"), id -> NOT_IN_A_POOL, "moeder komt later")).isEmpty();
    }
}
