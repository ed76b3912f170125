package nl.plekwijzer.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The main job, through the public APIs and the dashboard page, on the whole stack: three providers
 * register a unit and report it free; the youth stands on two providers' waiting lists (once without
 * BSN) and a referrer submits the intake form; the three units are suggested, and a unit that
 * reports itself full drops out and comes back; the youth stands once on the regional list; a
 * coordinator proposes to all three, which holds a place in each (the dashboard shows it live); one
 * provider accepts; the other holds are released, the placement is made and the youth leaves the
 * regional waiting list.
 */
@ExtendWith(Stack.class)
class MainJobIT {

    /** Hengelo: the units are there, so the figures of the dashboard test (Enschede) stay untouched. */
    private static final String MUNICIPALITY = "GM0164";
    private static final List<String> PROVIDERS = List.of("98000001", "98000002", "98000003");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Api> providers = Map.of(PROVIDERS.get(0), Api.asProvider(PROVIDERS.get(0)),
            PROVIDERS.get(1), Api.asProvider(PROVIDERS.get(1)), PROVIDERS.get(2), Api.asProvider(PROVIDERS.get(2)));
    private final Api coordinator = Api.asUser("coordinator");
    private final Api referrer = Api.asUser("referrer");

    @Test
    void aYouthIsPlacedThroughTheWholeSystem() throws Exception {
        List<String> units = new ArrayList<>();
        for (String provider : PROVIDERS) {
            String unit = "e2e-" + run + "-" + provider;
            units.add(unit);
            providers.get(provider).registerUnit(unit, "Gezinshuis " + unit, "FAMILY_HOME", 4, 6, MUNICIPALITY);
            providers.get(provider).reportStatus(unit, 1, 3);
        }

        String bsn = Api.randomBsn();
        for (String provider : PROVIDERS.subList(0, 2)) {
            providers.get(provider).call("PUT", Stack.intake() + "/api/v1/providers/" + provider + "/waitlist",
                    Map.of("entries", List.of()), 200);
        }
        // No one else puts youths on lists for family homes in Hengelo before the demo region is loaded.
        await().atMost(PATIENCE).until(() -> waitlistCount("raw") == 0);
        putOnWaitlist(PROVIDERS.get(0), bsn, "Johannes", "Vries", "de");
        putOnWaitlist(PROVIDERS.get(1), null, "Johannes", "de Vries", null);
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(waitlistCount("raw")).isEqualTo(2);
            assertThat(waitlistCount("deduplicated")).as("the youth once on the regional list").isEqualTo(1);
        });

        String requestId = referrer.call("POST", Stack.intake() + "/api/v1/placement-requests", intakeForm(bsn), 201)
                .get("requestId").asText();
        await().atMost(PATIENCE).until(() -> suggestedUnits(requestId).containsAll(units));

        String full = units.get(2);
        providers.get(PROVIDERS.get(2)).reportStatus(full, 0, 4);
        await().atMost(PATIENCE).until(() -> !suggestedUnits(requestId).contains(full));
        providers.get(PROVIDERS.get(2)).reportStatus(full, 1, 3);
        await().atMost(PATIENCE).until(() -> suggestedUnits(requestId).containsAll(units));

        try (Browser browser = Browser.open()) {
            browser.driver.get(Stack.web() + "/dashboard?gemeente=" + MUNICIPALITY);
            browser.logIn("coordinator", "coordinator");
            By held = By.cssSelector("#cijfer-heldForProposals td:nth-child(2)");
            // The referrer mix: one request from a neighbourhood team this month, a count below five.
            browser.wait.until(ExpectedConditions.textToBe(By.cssSelector("#cijfer-referrers-WIJKTEAM td:nth-child(2)"),
                    "<5"));
            browser.wait.until(ExpectedConditions.textToBe(By.id("live"), "live"));
            // The table is drawn again on every live update: read the figure again if it was replaced meanwhile.
            long heldBefore = Long.parseLong(browser.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(driver -> {
                        String text = driver.findElement(held).getText();
                        return text.matches("\\d+") ? text : null;
                    }));

            JsonNode proposals = coordinator.call("POST", Stack.matching() + "/api/v1/placement-requests/" + requestId
                    + "/proposals", Map.of("unitIds", units, "message", "Graag jullie reactie vandaag"), 201);
            assertThat(proposals.get("proposals")).hasSize(3);
            for (String unit : units) {
                await().atMost(PATIENCE).until(() -> heldForProposals(unit) == 1);
            }
            browser.wait.until(ExpectedConditions.textToBe(held, String.valueOf(heldBefore + 3)));
            browser.screenshot("dashboard-coordinator-proposed");

            String accepted = units.get(1);
            String proposalId = providers.get(PROVIDERS.get(1)).openProposalFor(requestId);
            providers.get(PROVIDERS.get(1)).call("POST", Stack.matching() + "/api/v1/proposals/" + proposalId
                    + "/accept", null, 200);

            JsonNode placement = await().atMost(PATIENCE).until(() -> coordinator.get(Stack.matching()
                    + "/api/v1/placements?requestId=" + requestId).path(0), p -> !p.isMissingNode());
            assertThat(placement.get("unitId").asText()).isEqualTo(accepted);
            assertThat(placement.get("state").asText()).isEqualTo("ACTIVE");
            for (String unit : List.of(units.get(0), units.get(2))) {
                await().atMost(PATIENCE).until(() -> heldForProposals(unit) == 0);
            }
            // The request is closed: placed at intake, and no longer among matching's open requests.
            await().atMost(PATIENCE).until(() -> referrer.get(Stack.intake() + "/api/v1/placement-requests/"
                    + requestId).path("status").asText().equals("PLACED"));
            assertThat(referrer.call("GET", Stack.matching() + "/api/v1/placement-requests/" + requestId
                    + "/suggestions", null, 404).path("field").asText()).isEqualTo("requestId");
            browser.wait.until(ExpectedConditions.textToBe(held, String.valueOf(heldBefore + 1)));
        }

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(waitlistCount("deduplicated")).as("the placed youth has left the regional list").isZero();
            assertThat(waitlistCount("raw")).as("the providers' own entries stay").isEqualTo(2);
        });
    }

    private void putOnWaitlist(String provider, String bsn, String givenName, String familyName, String prefix) {
        Map<String, Object> entry = new java.util.HashMap<>(Map.of("providerEntryId", "W-" + run,
                "givenName", givenName, "familyName", familyName, "birthDate", "2013-05-14", "gender", "M",
                "postcode", "7551 AB", "municipalityCode", MUNICIPALITY, "careFunction", "FAMILY_HOME",
                "registeredOn", LocalDate.now().minusDays(40).toString()));
        if (bsn != null) {
            entry.put("bsn", bsn);
        }
        if (prefix != null) {
            entry.put("familyNamePrefix", prefix);
        }
        JsonNode answer = providers.get(provider).call("PUT", Stack.intake() + "/api/v1/providers/" + provider
                + "/waitlist", Map.of("entries", List.of(entry)), 200);
        assertThat(answer.get("accepted").asInt()).isEqualTo(1);
        assertThat(answer.get("errors")).as("refused rows").isEmpty();
    }

    private Map<String, Object> intakeForm(String bsn) {
        return Map.of(
                "youth", Map.of("bsn", bsn, "givenName", "Johannes", "familyNamePrefix", "de", "familyName",
                        "Vries", "birthDate", "2013-05-14", "gender", "M", "postcode", "7551 AB",
                        "municipalityCode", MUNICIPALITY),
                "responsibleMunicipalityCode", MUNICIPALITY,
                "referrer", Map.of("type", "WIJKTEAM", "organisation", "Wijkteam Hengelo-Noord", "name", "Anne",
                        "email", "anne@example.org"),
                "needs", Map.of("domains", List.of("PARENTING_SUPPORT"), "acceptableKinds", List.of("FAMILY_HOME"),
                        "urgency", "URGENT", "neededFrom", LocalDate.now().plusDays(3).toString(),
                        "confidential", false),
                "decision", Map.of("reference", "B-" + run, "validUntil", LocalDate.now().plusMonths(6).toString()),
                "consent", true);
    }

    private List<String> suggestedUnits(String requestId) {
        List<String> unitIds = new ArrayList<>();
        referrer.get(Stack.matching() + "/api/v1/placement-requests/" + requestId + "/suggestions?limit=25")
                .path("suggestions").forEach(s -> unitIds.add(s.get("unitId").asText()));
        return unitIds;
    }

    private long heldForProposals(String unit) {
        return coordinator.get(Stack.availability() + "/api/v1/availability?unitId=" + unit).path(0)
                .path("heldForProposals").asLong(-1);
    }

    /** The family-home count of the municipality on the regional list, as a coordinator reads it. */
    private int waitlistCount(String which) {
        for (JsonNode count : coordinator.get(Stack.matching() + "/api/v1/waitlist/stats?municipalityCode="
                + MUNICIPALITY).path("counts")) {
            if (count.path("careFunction").asText().equals("FAMILY_HOME")) {
                return count.path(which).asInt();
            }
        }
        return 0;
    }
}
