package nl.plekwijzer.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The municipal dashboard in a real browser: an analyst of Enschede (GM0153) logs in through
 * Keycloak, sees the municipality's figures as notification-service has them, and sees them change
 * without a reload when a provider reports a unit's status.
 */
@ExtendWith(Stack.class)
class DashboardPageIT {

    private static final String MUNICIPALITY = "GM0153";
    /** New on each run, so that the figures before it are known whatever the stack already holds. */
    private static final String UNIT = "e2e-dashboard-" + UUID.randomUUID();

    @Test
    void analystSeesTheirMunicipalityChangeLiveAfterAStatusReport() throws Exception {
        Api analyst = Api.asUser("analyst-gm0153");
        long without = availablePlaces(analyst);
        Api provider = Api.asProvider("98000001");
        provider.registerUnit(UNIT, "Gezinshuis De Horst", "FAMILY_HOME", 6, 4, MUNICIPALITY);
        provider.reportStatus(UNIT, 1, 5);
        long before = without + 1;
        await().atMost(Duration.ofSeconds(30)).until(() -> availablePlaces(analyst) == before);

        try (Browser browser = Browser.open()) {
            browser.driver.get(Stack.web() + "/dashboard");
            browser.logIn("analyst-gm0153", "analyst-gm0153");
            browser.wait.until(ExpectedConditions.textToBe(By.id("gemeente"), MUNICIPALITY));
            assertThat(browser.driver.findElement(By.id("ingelogd-als")).getText()).isNotBlank();
            By shownAvailable = By.cssSelector("#cijfer-availablePlaces td:nth-child(2)");
            browser.wait.until(ExpectedConditions.textToBe(shownAvailable, String.valueOf(before)));
            browser.wait.until(ExpectedConditions.textToBe(By.id("live"), "live"));
            assertThat(lastPointOfAvailabilityChart(browser)).isEqualTo(before);
            browser.screenshot("dashboard-before");

            // A mark on the window: it is gone if the page is loaded again.
            browser.driver.executeScript("window.unchangedPage = true;");
            provider.reportStatus(UNIT, 4, 2);
            long after = before + 3;
            browser.wait.until(ExpectedConditions.textToBe(shownAvailable, String.valueOf(after)));
            assertThat(browser.driver.executeScript("return window.unchangedPage === true;")).isEqualTo(true);
            assertThat(lastPointOfAvailabilityChart(browser)).isEqualTo(after);
            assertThat(availablePlaces(analyst)).isEqualTo(after);
            browser.screenshot("dashboard-after");
        }
    }

    @Test
    void aReferrerIsToldTheFiguresAreNotTheirs() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.driver.get(Stack.web() + "/dashboard?gemeente=" + MUNICIPALITY);
            browser.logIn("referrer", "referrer");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("melding")));
            assertThat(browser.driver.findElement(By.id("melding")).getText()).contains("geen toegang");
            assertThat(browser.driver.findElements(By.cssSelector("#kerncijfers tr"))).isEmpty();
        }
    }

    /** 0 while the municipality has no figures yet (404). */
    private static long availablePlaces(Api analyst) {
        return analyst.call("GET", Stack.notification() + "/api/v1/dashboard/snapshot?municipalityCode="
                + MUNICIPALITY, null, 200, 404).path("figures").path("availablePlaces").asLong(0);
    }

    private static long lastPointOfAvailabilityChart(Browser browser) {
        Object last = browser.driver.executeScript(
                "const data = Chart.getChart('grafiek-beschikbaar').data.datasets[0].data;"
                        + " return data[data.length - 1];");
        return ((Number) last).longValue();
    }
}
