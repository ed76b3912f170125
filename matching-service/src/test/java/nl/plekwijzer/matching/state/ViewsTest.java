package nl.plekwijzer.matching.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.contracts.Domain;
import nl.plekwijzer.contracts.ShortStayRhythm;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated;

class ViewsTest {

    @Test
    void aShortStayKeepsItsNightsAndARespiteOnlyRequestFromBeforeShortStaysIsAShortStayToo() {
        assertThat(Views.shortStayNights(needs(Set.of(UnitKind.RESPITE, UnitKind.FAMILY_HOME),
                new PlacementRequestUpdated.ShortStay(3, ShortStayRhythm.WEEKLY)))).isEqualTo(3);
        assertThat(Views.shortStayNights(needs(Set.of(UnitKind.RESPITE), null))).isNotNull();
        assertThat(Views.shortStayNights(needs(Set.of(UnitKind.RESPITE, UnitKind.FAMILY_HOME), null))).isNull();
        assertThat(Views.shortStayNights(needs(Set.of(UnitKind.FOSTER_CARE), null))).isNull();
    }

    private static PlacementRequestUpdated.Needs needs(Set<UnitKind> kinds, PlacementRequestUpdated.ShortStay shortStay) {
        return new PlacementRequestUpdated.Needs(Set.of(Domain.PARENTING_SUPPORT), kinds, null, false, Set.of(),
                Urgency.REGULAR, LocalDate.of(2026, 12, 1), false, null, null, false, shortStay, false);
    }
}
