package nl.plekwijzer.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

import nl.plekwijzer.demo.DemoRegion;

/**
 * The demo region loaded into the whole stack as run-local.sh loads it (the same program, through
 * the public APIs, with a Keycloak client per provider system): its units, waiting lists and
 * requests arrive, the regional list counts the youths on several lists once, the requests are
 * matched (the first twenty are read), and the public page shows all fourteen municipalities.
 */
@ExtendWith(Stack.class)
@Order(Integer.MAX_VALUE)
class DemoRegionIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void theDemoRegionLoadsThroughThePublicApisAndIsMatched() throws Exception {
        Path state = Stack.stateDir();
        DemoRegion.main(new String[] { "load", state.toString(), String.valueOf(Stack.portOffset()) });

        Api coordinator = Api.asUser("coordinator");
        await().atMost(PATIENCE).until(() -> demoUnits(coordinator) == 400);
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode stats = coordinator.get(Stack.matching() + "/api/v1/waitlist/stats");
            int raw = 0;
            int youths = 0;
            for (JsonNode count : stats.path("counts")) {
                raw += count.path("raw").asInt();
                youths += count.path("deduplicated").asInt();
            }
            assertThat(raw).as("entries on the providers' lists").isGreaterThanOrEqualTo(1500);
            // About a fifth of the youths stand on two lists: the regional list counts them once.
            assertThat(youths).as("youths on the regional list").isLessThan(raw - 150).isGreaterThan(raw - 400);
        });

        List<String> requestIds = Files.readAllLines(state.resolve("demo-region.requests"));
        assertThat(requestIds).hasSize(300);
        Api referrer = Api.asUser("referrer");
        for (String requestId : requestIds.subList(0, 20)) {
            await().atMost(PATIENCE).until(() -> referrer.call("GET", Stack.matching() + "/api/v1/placement-requests/"
                    + requestId + "/suggestions", null, 200, 404).has("suggestions"));
        }

        // Half a year of figures before today, so the charts and the monthly report have months to show.
        JsonNode history = coordinator.get(Stack.notification() + "/api/v1/dashboard/history?municipalityCode=GM0153&days=200");
        assertThat(history.size()).isGreaterThanOrEqualTo(183);
        JsonNode months = coordinator.get(Stack.notification() + "/api/v1/reports/monthly?municipalityCode=GM0153&month=" + java.time.YearMonth.now());
        assertThat(months.path("endOfMonth").path(java.time.YearMonth.now().minusMonths(5).toString())
                .path("places").asLong()).isPositive();

        try (Browser browser = Browser.open()) {
            browser.driver.get(Stack.web() + "/public");
            browser.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#per-gemeente tr"), 14));
            Set<String> municipalities = new HashSet<>();
            for (WebElement row : browser.driver.findElements(By.cssSelector("#per-gemeente tr"))) {
                municipalities.add(row.getAttribute("data-gemeente"));
            }
            assertThat(municipalities).contains("GM0141", "GM0147", "GM1774", "GM0153", "GM0158", "GM0163", "GM0164",
                    "GM1735", "GM0168", "GM0173", "GM1742", "GM0183", "GM1700", "GM0189");
            browser.screenshot("public-demo-region");

            browser.driver.get(Stack.web() + "/dashboard");
            browser.logIn("analyst-gm0153", "analyst-gm0153");
            browser.wait.until(ExpectedConditions.textToBe(By.id("live"), "live"));
            // The chart of available places shows every day of its period: the imported days and today.
            browser.wait.until(driver -> ((Number) browser.driver.executeScript(
                    "const chart = Chart.getChart('grafiek-beschikbaar'); return chart ? chart.data.labels.length : 0;"))
                    .intValue() >= 30);
            browser.screenshot("dashboard-demo-region");
        }
    }

    private static long demoUnits(Api coordinator) {
        long units = 0;
        for (JsonNode unit : coordinator.get(Stack.availability() + "/api/v1/availability?limit=5000")) {
            if (unit.path("unitId").asText().startsWith("demo-")) {
                units++;
            }
        }
        return units;
    }
}
