package nl.plekwijzer.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A provider's intake desk in the browser: it sees its unit, reports the unit's status in one step,
 * accepts a proposal the coordinator made, and sends its waiting list, with the refused row named
 * by row and field and its value never repeated.
 */
@ExtendWith(Stack.class)
class ProviderPageIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Losser, foster care: touched by no other end-to-end test before the demo region. */
    private static final String MUNICIPALITY = "GM0168";
    private static final String PROVIDER = "98000001";

    private final String unit = "e2e-provider-" + UUID.randomUUID().toString().substring(0, 8);
    private final Api provider = Api.asProvider(PROVIDER);
    private final Api coordinator = Api.asUser("coordinator");

    @Test
    void aProviderReportsStatusAcceptsAProposalAndSendsItsWaitingList() throws Exception {
        provider.registerUnit(unit, "Pleeggezin Nijhuis " + unit, "FOSTER_CARE", 2, 0, MUNICIPALITY);
        provider.reportStatus(unit, 0, 2);
        await().atMost(PATIENCE).until(() -> unitView().path("availablePlaces").asInt(-1) == 0);

        try (Browser browser = Browser.open()) {
            browser.driver.get(Stack.web() + "/provider");
            browser.logIn("aanbieder-98000001", "aanbieder-98000001");
            By row = By.id("eenheid-" + unit);
            WebElement unitRow = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(row));
            assertThat(unitRow.getText()).contains("Pleeggezin Nijhuis", "Pleegzorg");

            // One step: the figures and a click.
            setValue(unitRow.findElement(By.className("vrij")), "1");
            setValue(unitRow.findElement(By.className("bezet")), "1");
            unitRow.findElement(By.className("melden")).click();
            browser.wait.until(ExpectedConditions.textToBe(By.cssSelector("#eenheid-" + unit + " .uitkomst"), "gemeld"));
            await().atMost(PATIENCE).until(() -> unitView().path("availablePlaces").asInt(-1) == 1);
            // The table is drawn again after a report; wait for that before using the new row.
            browser.wait.until(ExpectedConditions.stalenessOf(unitRow));
            // A report the rules refuse is named, not stored: more places than the unit has.
            WebElement again = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(row));
            setValue(again.findElement(By.className("vrij")), "3");
            again.findElement(By.className("melden")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#eenheid-" + unit + " .uitkomst"), "niet gemeld"));
            assertThat(unitView().path("availablePlaces").asInt()).isEqualTo(1);

            // The light and its reason go along in the same step: a free place only after consultation.
            WebElement orange = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(row));
            setValue(orange.findElement(By.className("vrij")), "1");
            new Select(orange.findElement(By.className("licht-keuze"))).selectByValue("ORANGE");
            new Select(orange.findElement(By.className("reden-keuze"))).selectByValue("AFTER_CONSULTATION");
            orange.findElement(By.className("melden")).click();
            await().atMost(PATIENCE).until(() -> "AFTER_CONSULTATION".equals(unitView().path("reasonCode").asText()));
            assertThat(unitView().path("light").asText()).isEqualTo("ORANGE");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "oranje (alleen in overleg)"));

            String requestId = submitRequest();
            await().atMost(PATIENCE).until(() -> Api.asUser("referrer").get(Stack.matching()
                    + "/api/v1/placement-requests/" + requestId + "/suggestions?limit=25").path("suggestions")
                    .findValuesAsText("unitId").contains(unit));
            String proposalId = coordinator.call("POST", Stack.matching() + "/api/v1/placement-requests/" + requestId
                    + "/proposals", Map.of("unitIds", List.of(unit)), 201).path("proposals").path(0)
                    .path("proposalId").asText();

            browser.driver.navigate().refresh();
            By proposal = By.id("voorstel-" + proposalId);
            WebElement proposalRow = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(proposal));
            assertThat(proposalRow.getText()).contains("jaar", "regulier", MUNICIPALITY).doesNotContain("Bouzid");
            browser.screenshot("provider");
            proposalRow.findElement(By.className("accepteren")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("melding"), "geaccepteerd"));
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(proposal));
            JsonNode placement = coordinator.get(Stack.matching() + "/api/v1/placements?requestId=" + requestId).path(0);
            assertThat(placement.path("unitId").asText()).isEqualTo(unit);
            assertThat(placement.path("state").asText()).isEqualTo("ACTIVE");

            // The gateway sends on only what the pages' own scripts ask, and only to the services.
            assertThat(fetchStatus(browser, "/gateway/availability/api/v1/availability", false)).isEqualTo(403L);
            assertThat(fetchStatus(browser, "/gateway/elsewhere/api/v1/availability", true)).isEqualTo(404L);
            assertThat(fetchStatus(browser, "/gateway/availability/api/v1/availability", true)).isEqualTo(200L);

            Path list = Files.createTempFile("wachtlijst", ".csv");
            Files.writeString(list, "providerEntryId;bsn;givenName;familyNamePrefix;familyName;birthDate;gender;"
                    + "postcode;municipalityCode;careFunction;registeredOn\n"
                    + "L-1;;Yara;;Bouzid;2015-03-02;F;7581 AB;" + MUNICIPALITY + ";FOSTER_CARE;2026-09-01\n"
                    + "L-2;;Sem;ter;Horst;2099-01-01;M;7582 CD;" + MUNICIPALITY + ";FOSTER_CARE;2026-09-02\n",
                    StandardCharsets.UTF_8);
            browser.driver.findElement(By.id("wachtlijst-bestand")).sendKeys(list.toString());
            browser.driver.findElement(By.id("wachtlijst-versturen")).click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wachtlijst-uitkomst"),
                    "Verwerkt: 1 van 2"));
            List<WebElement> refused = browser.driver.findElements(By.cssSelector("#wachtlijst-fouten tbody tr"));
            assertThat(refused).hasSize(1);
            assertThat(refused.get(0).findElements(By.tagName("td"))).extracting(WebElement::getText)
                    .startsWith("3", "birthDate");
            assertThat(browser.driver.findElement(By.id("wachtlijst-fouten")).getText()).doesNotContain("2099");
            Files.delete(list);
        }
    }

    /** The status of a fetch made by the page itself, with or without the scripts' header. */
    private static long fetchStatus(Browser browser, String path, boolean asScript) {
        Object status = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], { headers: arguments[1] ? { 'X-Requested-With': 'JavaScript' } : {} })"
                + ".then(answer => done(answer.status));", path, asScript);
        return ((Number) status).longValue();
    }

    private JsonNode unitView() {
        return provider.get(Stack.availability() + "/api/v1/availability?unitId=" + unit).path(0);
    }

    private static void setValue(WebElement input, String value) {
        input.clear();
        input.sendKeys(value);
    }

    private static String submitRequest() {
        return Api.asUser("referrer").call("POST", Stack.intake() + "/api/v1/placement-requests", Map.of(
                "youth", Map.of("bsn", "999990019", "givenName", "Noor", "familyName", "Lammerink",
                        "birthDate", "2017-08-20", "gender", "F", "postcode", "7581 EF", "municipalityCode", MUNICIPALITY),
                "responsibleMunicipalityCode", MUNICIPALITY,
                "referrer", Map.of("type", "WIJKTEAM", "organisation", "Wijkteam Losser", "name", "Els",
                        "email", "els@example.org"),
                "needs", Map.of("domains", List.of("PARENTING_SUPPORT"), "acceptableKinds", List.of("FOSTER_CARE"),
                        "urgency", "REGULAR", "neededFrom", LocalDate.now().plusDays(7).toString(), "confidential", false),
                "decision", Map.of("reference", "B-L-1", "validUntil", LocalDate.now().plusMonths(6).toString()),
                "consent", true), 201).get("requestId").asText();
    }
}
