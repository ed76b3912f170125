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


/**
 * The coordinator's desk in the browser: a crisis request stands at the top of the work list; its
 * suggestions come live and change when a unit reports itself full; two units are proposed with a
 * click, and a provider's answer shows up.
 */
@ExtendWith(Stack.class)
class CoordinatorPageIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Tubbergen, crisis beds: touched by no other end-to-end test before the demo region. */
    private static final String MUNICIPALITY = "GM0183";
    private static final List<String> PROVIDERS = List.of("98000001", "98000002", "98000003");

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    /**
     * A youth of 17 years and 9 months placed in a treatment group today: the stay is expected to
     * last six months, past the 18th birthday. Answers the unit.
     */
    private String placeAYouthWhoTurns18DuringTheStay() {
        String unit = "e2e-treatment-" + run;
        Api provider = Api.asProvider(PROVIDERS.get(2));
        provider.registerUnit(unit, "Behandelgroep De Esch", "TREATMENT_GROUP", 2, 12, MUNICIPALITY);
        provider.reportStatus(unit, 1, 1);
        String requestId = Api.asUser("referrer").call("POST", Stack.intake() + "/api/v1/placement-requests", Map.of(
                "youth", Map.of("bsn", "999990135", "givenName", "Lotte", "familyName", "Nijenhuis",
                        "birthDate", LocalDate.now().minusYears(17).minusMonths(9).toString(), "gender", "F",
                        "postcode", "7651 CD", "municipalityCode", MUNICIPALITY),
                "responsibleMunicipalityCode", MUNICIPALITY,
                "referrer", Map.of("type", "GI", "organisation", "Jeugdbescherming Overijssel", "name", "Bram",
                        "email", "bram@example.org"),
                "needs", Map.of("domains", List.of("PARENTING_SUPPORT"), "acceptableKinds", List.of("TREATMENT_GROUP"),
                        "urgency", "URGENT", "neededFrom", LocalDate.now().toString(), "confidential", false),
                "decision", Map.of("reference", "B-T-18-" + run, "validUntil", LocalDate.now().plusMonths(9).toString()),
                "consent", true), 201).get("requestId").asText();
        Api coordinator = Api.asUser("coordinator");
        await().atMost(PATIENCE).ignoreExceptions().until(() -> coordinator.get(Stack.matching()
                + "/api/v1/placement-requests/" + requestId + "/suggestions?limit=25").path("suggestions")
                .findValuesAsText("unitId").contains(unit));
        coordinator.call("POST", Stack.matching() + "/api/v1/placement-requests/" + requestId + "/proposals",
                Map.of("unitIds", List.of(unit)), 201);
        provider.call("POST", Stack.matching() + "/api/v1/proposals/" + provider.openProposalFor(requestId)
                + "/accept", null, 200);
        return unit;
    }

    @Test
    void aCoordinatorProposesFromTheLiveSuggestionsAndSeesTheAnswer() throws Exception {
        List<String> units = new ArrayList<>();
        for (String provider : PROVIDERS) {
            String unit = "e2e-crisis-" + run + "-" + provider;
            units.add(unit);
            Api.asProvider(provider).registerUnit(unit, "Crisisbed " + provider, "CRISIS_BED", 2, 0, MUNICIPALITY);
            Api.asProvider(provider).reportStatus(unit, 1, 1);
        }
        String requestId = Api.asUser("referrer").call("POST", Stack.intake() + "/api/v1/placement-requests", Map.of(
                "youth", Map.of("bsn", "999990020", "givenName", "Daan", "familyName", "Oude Elferink",
                        "birthDate", "2012-02-11", "gender", "M", "postcode", "7651 AB", "municipalityCode", MUNICIPALITY),
                "responsibleMunicipalityCode", MUNICIPALITY,
                "referrer", Map.of("type", "HUISARTS", "organisation", "Huisartsenpraktijk Tubbergen", "name", "Wim",
                        "email", "wim@example.org"),
                "needs", Map.of("domains", List.of("PARENTING_SUPPORT"), "acceptableKinds", List.of("CRISIS_BED"),
                        "urgency", "CRISIS", "neededFrom", LocalDate.now().toString(), "confidential", false),
                "decision", Map.of("reference", "B-T-" + run, "validUntil", LocalDate.now().plusMonths(3).toString()),
                "consent", true), 201).get("requestId").asText();

        String crossing18 = placeAYouthWhoTurns18DuringTheStay();

        try (Browser browser = Browser.open()) {
            browser.driver.get(Stack.web() + "/coordinator");
            browser.logIn("coordinator", "coordinator");
            By requestRow = By.id("aanvraag-" + requestId);
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).until(() -> {
                if (browser.driver.findElements(requestRow).isEmpty()) {
                    browser.driver.navigate().refresh();
                    return false;
                }
                return true;
            });
            // Crisis first: the first row of the work list is a crisis request.
            assertThat(browser.driver.findElement(By.cssSelector("#aanvragen tr:first-child td")).getText())
                    .startsWith("crisis");
            // The region's signals: the treatment stay of a youth who turns 18 during it (domain rule 25).
            By signal = By.cssSelector("#signaleringen tr.signaal-CROSSES_18TH_BIRTHDAY");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(signal, crossing18));
            assertThat(browser.driver.findElement(signal).getText()).contains("18", MUNICIPALITY);
            assertThat(browser.driver.findElement(By.id("geen-signaleringen")).isDisplayed()).isFalse();
            browser.driver.findElement(requestRow).click();
            browser.wait.until(ExpectedConditions.textToBe(By.id("live"), "live"));
            for (String unit : units) {
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("suggestie-" + unit)));
            }
            assertThat(browser.driver.findElement(By.id("suggestie-" + units.get(0))).getText()).contains("Crisisbed", "groen");
            browser.screenshot("coordinator");

            // Live: the third unit reports itself full and leaves the list without a reload.
            browser.driver.executeScript("window.unchangedPage = true;");
            Api.asProvider(PROVIDERS.get(2)).reportStatus(units.get(2), 0, 2);
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("suggestie-" + units.get(2))));
            assertThat(browser.driver.executeScript("return window.unchangedPage === true;")).isEqualTo(true);

            for (String unit : units.subList(0, 2)) {
                browser.driver.findElement(By.cssSelector("#suggestie-" + unit + " input[type=checkbox]")).click();
            }
            browser.driver.findElement(By.id("voorstellen")).click();
            browser.wait.until(ExpectedConditions.textToBe(By.id("voorstel-uitkomst"), "2 voorgesteld"));
            for (String unit : units.subList(0, 2)) {
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("antwoord-" + unit), "open"));
            }

            Api provider = Api.asProvider(PROVIDERS.get(1));
            String proposalId = provider.openProposalFor(requestId);
            provider.call("POST", Stack.matching() + "/api/v1/proposals/" + proposalId + "/decline",
                    Map.of("reasonCode", "NO_STAFF"), 200);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("antwoord-" + units.get(1)),
                    "afgewezen"));
            assertThat(browser.driver.findElement(By.id("antwoord-" + units.get(1))).getText()).contains("NO_STAFF");
        }
    }
}
