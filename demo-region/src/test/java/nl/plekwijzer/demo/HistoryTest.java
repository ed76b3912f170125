package nl.plekwijzer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class HistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Region REGION = RegionGenerator.generate(DemoRegion.SEED, TODAY, RegionGenerator.Sizes.TWENTE);

    @Test
    void everyMunicipalityAndTheRegionHaveADayForEachDayBeforeToday() {
        List<History.Day> days = History.generate(REGION, TODAY, 183, DemoRegion.SEED);

        Map<String, List<History.Day>> byScope = days.stream().collect(Collectors.groupingBy(History.Day::scope));
        assertThat(byScope).hasSize(Twente.MUNICIPALITIES.size() + 1).containsKey(History.REGION);
        assertThat(byScope.values()).allSatisfy(scope -> assertThat(scope).hasSize(183));
        assertThat(days).allMatch(day -> day.day().isBefore(TODAY) && !day.day().isBefore(TODAY.minusDays(183)));
        assertThat(History.generate(REGION, TODAY, 183, DemoRegion.SEED)).isEqualTo(days);
    }

    @Test
    void theFiguresFitTheRegionAndTheRegionIsTheSumOfItsMunicipalities() {
        List<History.Day> days = History.generate(REGION, TODAY, 30, DemoRegion.SEED);
        long regionPlaces = REGION.units().stream().mapToLong(Region.Unit::places).sum();
        LocalDate yesterday = TODAY.minusDays(1);

        List<History.Day> ofYesterday = days.stream().filter(d -> d.day().equals(yesterday)).toList();
        History.Day region = ofYesterday.stream().filter(d -> d.scope().equals(History.REGION)).findFirst().orElseThrow();
        assertThat(region.figures().get("places")).isEqualTo(regionPlaces);
        assertThat(ofYesterday.stream().filter(d -> !d.scope().equals(History.REGION))
                .mapToLong(d -> d.figures().get("waitingYouths")).sum()).isEqualTo(region.figures().get("waitingYouths"));
        assertThat(days).allSatisfy(day -> {
            assertThat(day.figures().get("availablePlaces")).isBetween(0L, day.figures().get("places"));
            assertThat(day.figures().get("occupancyPercent")).isBetween(0L, 100L);
            assertThat(day.figures().values()).allMatch(value -> value >= 0);
        });
    }
}
