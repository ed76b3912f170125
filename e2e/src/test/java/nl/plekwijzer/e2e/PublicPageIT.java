package nl.plekwijzer.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The front page and the public page (no login): a parent sees the free places by kind and municipality, including
 * the places a provider has just reported, and nothing about any youth or unit.
 */
@ExtendWith(Stack.class)
class PublicPageIT {

    /** Oldenzaal, respite: touched by no other end-to-end test. */
    private static final String MUNICIPALITY = "GM0173";
    private static final String KIND = "RESPITE";

    @Test
    void anyoneSeesTheFreePlacesWithoutLoggingIn() throws Exception {
        long before = publicAvailable();
        String unit = "e2e-public-" + UUID.randomUUID();
        Api provider = Api.asProvider("98000003");
        provider.registerUnit(unit, "Logeerhuis Het Anker", KIND, 4, 4, MUNICIPALITY);
        provider.reportStatus(unit, 3, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> publicAvailable() == before + 3);

        try (Browser browser = Browser.open()) {
            // From the front page, which links every page.
            browser.driver.get(Stack.web() + "/");
            assertThat(browser.driver.findElements(By.cssSelector("ul.pages a"))).extracting(a -> a.getAttribute("href"))
                    .containsExactlyInAnyOrder(Stack.web() + "/public", Stack.web() + "/coordinator",
                            Stack.web() + "/provider", Stack.web() + "/dashboard");
            browser.driver.findElement(By.cssSelector("ul.pages a[href='/public']")).click();
            By row = By.cssSelector("tr[data-gemeente='" + MUNICIPALITY + "'][data-zorgvorm='" + KIND + "']");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(row));
            assertThat(browser.driver.findElement(row).findElements(By.tagName("td")))
                    .extracting(cell -> cell.getText())
                    .containsExactly(MUNICIPALITY, "Logeren en kortdurend verblijf", String.valueOf(before + 3),
                            String.valueOf(places()));
            Object respiteInChart = browser.driver.executeScript(
                    "const chart = Chart.getChart('grafiek-zorgvorm');"
                            + " return chart.data.datasets[0].data[chart.data.labels.indexOf('Logeren en kortdurend verblijf')];");
            assertThat(((Number) respiteInChart).longValue()).isGreaterThanOrEqualTo(before + 3);
            assertThat(browser.driver.getPageSource()).doesNotContain("Het Anker").doesNotContain(unit);
            assertThat(browser.driver.getCurrentUrl()).as("no login").startsWith(Stack.web());
            browser.screenshot("public");
        }
    }

    private static JsonNode ownCount() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Stack.availability() + "/api/v1/public/availability")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        for (JsonNode count : Api.JSON.readTree(answer.body())) {
            if (MUNICIPALITY.equals(count.path("municipalityCode").asText()) && KIND.equals(count.path("kind").asText())) {
                return count;
            }
        }
        return Api.JSON.createObjectNode();
    }

    private static long publicAvailable() throws Exception {
        return ownCount().path("availablePlaces").asLong(0);
    }

    private static long places() throws Exception {
        return ownCount().path("places").asLong(0);
    }
}
