package nl.plekwijzer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.plekwijzer.demo.Region.WaitlistEntry;

class RegionGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private final Region region = RegionGenerator.generate(DemoRegion.SEED, TODAY, RegionGenerator.Sizes.TWENTE);

    @Test
    void hasTheSizesOfTheDemoRegionAndEveryProviderHasAUnit() {
        assertThat(region.providers()).hasSize(100);
        assertThat(region.units()).hasSize(400);
        assertThat(region.waitlist()).hasSize(1500);
        assertThat(region.requests()).hasSize(300);
        assertThat(region.units().stream().map(Region.Unit::provider).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(region.providers());
        assertThat(region.units().stream().map(u -> u.municipality().code()).collect(Collectors.toSet()))
                .hasSameSizeAs(Twente.MUNICIPALITIES);
        assertThat(region.units().stream().map(Region.Unit::kind).collect(Collectors.toSet())).hasSize(9);
    }

    @Test
    void theSameSeedAndDayGiveTheSameRegionAndAnotherSeedAnother() {
        assertThat(RegionGenerator.generate(DemoRegion.SEED, TODAY, RegionGenerator.Sizes.TWENTE)).isEqualTo(region);
        assertThat(RegionGenerator.generate(DemoRegion.SEED + 1, TODAY, RegionGenerator.Sizes.TWENTE)).isNotEqualTo(region);
    }

    @Test
    void aboutAFifthOfTheWaitingYouthsStandOnSeveralListsSomeWithoutBsnAndWrittenDifferently() {
        Map<String, List<WaitlistEntry>> byYouth = region.waitlist().stream()
                .collect(Collectors.groupingBy(e -> e.youth().bsn()));
        long onSeveral = byYouth.values().stream().filter(entries -> entries.size() > 1).count();
        assertThat((double) onSeveral / byYouth.size()).isBetween(0.12, 0.28);

        List<WaitlistEntry> later = byYouth.values().stream().filter(entries -> entries.size() > 1)
                .map(entries -> entries.get(1)).toList();
        assertThat(later).anyMatch(e -> !e.withBsn());
        assertThat(later).anyMatch(e -> !e.givenName().equals(e.youth().givenName()));
        assertThat(later).anyMatch(e -> !e.familyName().equals(e.youth().familyName()));
        assertThat(region.waitlist()).allMatch(e -> !e.careFunction().startsWith("CRISIS"))
                .allMatch(e -> !e.registeredOn().isAfter(TODAY), "registered on a day that has been");
        Set<String> keys = new HashSet<>();
        assertThat(region.waitlist()).allMatch(e -> keys.add(e.providerId() + "/" + e.providerEntryId()));
    }

    @Test
    void everyBsnPassesTheElevenTestAndComesFromARangeNotIssued() {
        assertThat(region.waitlist()).allSatisfy(e -> {
            String bsn = e.youth().bsn();
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (bsn.charAt(i) - '0') * (9 - i);
            }
            assertThat(Math.floorMod(sum - (bsn.charAt(8) - '0'), 11)).as(bsn).isZero();
            assertThat(bsn).startsWith("9").hasSize(9);
        });
    }

    @Test
    void unitsAndRequestsKeepTheDomainRules() {
        assertThat(region.units()).allSatisfy(unit -> {
            assertThat(unit.available() + unit.occupied()).isEqualTo(unit.places());
            assertThat(unit.available()).isNotNegative();
            assertThat(unit.ageMin()).isLessThanOrEqualTo(unit.ageMax());
            assertThat(unit.postcode()).matches("[1-9][0-9]{3} [A-Z]{2}");
        });
        assertThat(region.units()).anyMatch(unit -> unit.available() > 0).anyMatch(unit -> unit.available() == 0);
        assertThat(region.requests()).allSatisfy(request -> {
            int age = Period.between(request.youth().birthDate(), TODAY).getYears();
            if (request.urgency().equals("CRISIS")) {
                assertThat(request.acceptableKinds()).allMatch(kind -> kind.startsWith("CRISIS"));
            } else {
                assertThat(request.acceptableKinds()).noneMatch(kind -> kind.startsWith("CRISIS"));
            }
            if (age < 12) {
                assertThat(request.acceptableKinds()).doesNotContain("CRISIS_GROUP");
            }
        });
        assertThat(region.requests()).anyMatch(r -> r.urgency().equals("CRISIS")).anyMatch(Region.Request::confidential)
                .anyMatch(r -> r.acceptableKinds().contains("RESPITE"));
    }

    @Test
    void theRegionHasShortStaysFamilyAdmissionsABackupPoolAndAmbulantProgrammes() {
        Region region = RegionGenerator.generate(DemoRegion.SEED, TODAY, RegionGenerator.Sizes.TWENTE);

        assertThat(region.requests()).allSatisfy(r -> assertThat(r.shortStayNights() != null)
                .as("a short stay exactly where respite is asked for").isEqualTo(r.acceptableKinds().contains("RESPITE")));
        assertThat(region.units()).filteredOn(u -> u.kind().equals("RESPITE"))
                .allMatch(u -> u.stayLengths().equals(List.of("SHORT")));
        assertThat(region.units()).anyMatch(u -> u.stayLengths().containsAll(List.of("SHORT", "LONG")))
                .anyMatch(Region.Unit::acceptsFamilyAdmission)
                .anyMatch(Region.Unit::inBackupPool);
        assertThat(region.units()).filteredOn(Region.Unit::inBackupPool).allMatch(u -> u.kind().equals("CRISIS_BED"));
        assertThat(region.requests()).anyMatch(Region.Request::familyAdmission)
                .anyMatch(Region.Request::ambulantAlternativeAllowed).anyMatch(Region.Request::treatmentNeeded);
        assertThat(region.requests()).filteredOn(Region.Request::familyAdmission)
                .allMatch(r -> r.acceptableKinds().contains("RESIDENTIAL_GROUP"));
        assertThat(region.programmes()).hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(p -> assertThat(p.municipalityCodes()).contains(p.provider().home().code()));
        assertThat(region.programmes().stream().map(Region.Programme::type).distinct()).hasSizeGreaterThanOrEqualTo(5);
    }
}
