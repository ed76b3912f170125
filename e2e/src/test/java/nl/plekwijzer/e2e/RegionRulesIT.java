package nl.plekwijzer.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields of the regions' rules through the public APIs of the running stack: a provider
 * registers a harmonica place, a pool crisis bed and an ambulant programme; referrers ask for a
 * short stay with treatment and for a partner region's crisis; the suggestions show what each
 * field did. Its units take only 18- to 21-year-olds, so no other test's unit fits these youths.
 */
@ExtendWith(Stack.class)
class RegionRulesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String MUNICIPALITY = "GM0189";
    private static final String PROVIDER = "98000003";
    private static final String POOL = "Bovenregionale crisisbedden Oost";

    private final Api provider = Api.asProvider(PROVIDER);
    private final Api referrer = Api.asUser("referrer");
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aShortStayWithTreatmentAndAPartnerRegionsCrisisAreMatchedByTheirRules() {
        String harmonica = "rules-harmonica-" + suffix;
        String respiteOnlyForLongStays = "rules-family-home-" + suffix;
        String poolBed = "rules-pool-" + suffix;
        String localBed = "rules-local-" + suffix;
        register(harmonica, "FAMILY_HOME", Map.of("stayLengths", List.of("SHORT", "LONG")));
        register(respiteOnlyForLongStays, "FAMILY_HOME", Map.of());
        register(poolBed, "CRISIS_BED", Map.of("acceptsCrisis", true,
                "backupPool", Map.of("name", POOL, "regions", List.of("ACHTERHOEK"))));
        register(localBed, "CRISIS_BED", Map.of("acceptsCrisis", true));
        String programmeId = "rules-mst-" + suffix;
        provider.call("PUT", Stack.availability() + "/api/v1/programmes/" + programmeId, Map.of("providerId", PROVIDER,
                "providerName", "Aanbieder " + PROVIDER, "name", "MST Wierden", "type", "MST", "ageMin", 16,
                "ageMax", 23, "domains", List.of("PARENTING_SUPPORT"), "municipalityCodes", List.of(MUNICIPALITY),
                "waitingWeeks", 3), 201);

        String shortStay = submit("999990111", Map.of("acceptableKinds", List.of("RESPITE", "FAMILY_HOME"),
                "urgency", "REGULAR", "treatmentNeeded", true, "ambulantAlternativeAllowed", true,
                "shortStay", Map.of("nights", 2, "rhythm", "MONTHLY")), Map.of());
        JsonNode list = awaitSuggestions(shortStay, harmonica, "STAY_LENGTH_OFFERED");
        JsonNode suggestion = find(list, harmonica);
        assertThat(suggestion.path("treatmentToArrange").asBoolean()).isTrue();
        assertThat(list.path("suggestions").findValuesAsText("unitId")).doesNotContain(respiteOnlyForLongStays);
        assertThat(list.path("excluded").path("STAY_LENGTH_OFFERED").asInt()).isPositive();
        assertThat(list.path("ambulantAlternatives").findValuesAsText("programmeId")).contains(programmeId);

        String partnerCrisis = submit("999990123", Map.of("acceptableKinds", List.of("CRISIS_BED"),
                "urgency", "CRISIS"), Map.of("region", "ACHTERHOEK"));
        JsonNode partner = awaitSuggestions(partnerCrisis, poolBed, "SHARED_WITH_REQUESTS_REGION");
        assertThat(find(partner, poolBed).path("backupPool").asText()).isEqualTo(POOL);
        assertThat(partner.path("suggestions").findValuesAsText("unitId")).doesNotContain(localBed);
        assertThat(partner.path("excluded").path("SHARED_WITH_REQUESTS_REGION").asInt()).isPositive();
    }

    /** A unit of the provider for 18- to 21-year-olds with one free place, reported GREEN. */
    private void register(String unitId, String kind, Map<String, Object> fields) {
        Map<String, Object> profile = new HashMap<>(Map.of("providerId", PROVIDER, "providerName",
                "Aanbieder " + PROVIDER, "name", "Regels " + unitId, "kind", kind, "places", 2, "ageMin", 18,
                "ageMax", 21, "genders", List.of("F", "M"), "domains", List.of("PARENTING_SUPPORT"),
                "municipalityCode", MUNICIPALITY));
        profile.putAll(fields);
        provider.call("PUT", Stack.availability() + "/api/v1/units/" + unitId, profile, 201);
        provider.reportStatus(unitId, 1, 1);
    }

    private String submit(String bsn, Map<String, Object> needs, Map<String, Object> fields) {
        Map<String, Object> allNeeds = new HashMap<>(Map.of("domains", List.of("PARENTING_SUPPORT"),
                "neededFrom", LocalDate.now().toString(), "confidential", false));
        allNeeds.putAll(needs);
        Map<String, Object> form = new HashMap<>(Map.of(
                "youth", Map.of("bsn", bsn, "givenName", "Sem", "familyName", "Oude Luttikhuis",
                        "birthDate", LocalDate.now().minusYears(19).minusDays(40).toString(), "gender", "M",
                        "postcode", "7641 AB", "municipalityCode", MUNICIPALITY),
                "responsibleMunicipalityCode", MUNICIPALITY,
                "referrer", Map.of("type", "WIJKTEAM", "organisation", "Wijkteam Wierden", "name", "Ilse",
                        "email", "ilse@example.org"),
                "needs", allNeeds,
                "decision", Map.of("reference", "B-W-" + bsn, "validUntil", LocalDate.now().plusMonths(6).toString()),
                "consent", true));
        form.putAll(fields);
        return referrer.call("POST", Stack.intake() + "/api/v1/placement-requests", form, 201).get("requestId").asText();
    }

    /**
     * The suggestions once {@code unitId} is among them and {@code rule} has excluded a unit: matching
     * reads each unit's events on its own, so the unit a rule keeps out may arrive after the one it lets in.
     */
    private JsonNode awaitSuggestions(String requestId, String unitId, String rule) {
        String url = Stack.matching() + "/api/v1/placement-requests/" + requestId + "/suggestions?limit=25";
        await().atMost(PATIENCE).ignoreExceptions().until(() -> {
            JsonNode list = referrer.get(url);
            return list.path("suggestions").findValuesAsText("unitId").contains(unitId)
                    && list.path("excluded").path(rule).asInt() > 0;
        });
        return referrer.get(url);
    }

    private static JsonNode find(JsonNode list, String unitId) {
        for (JsonNode suggestion : list.path("suggestions")) {
            if (suggestion.path("unitId").asText().equals(unitId)) {
                return suggestion;
            }
        }
        throw new AssertionError(unitId + " is not suggested");
    }
}
