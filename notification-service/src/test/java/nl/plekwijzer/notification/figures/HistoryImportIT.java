package nl.plekwijzer.notification.figures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.plekwijzer.devstack.test.Tokens;

/** Days of figures from before plekwijzer made them: admins import them, suppressed as the service's own. */
@QuarkusTest
class HistoryImportIT {

    private static final String ADMIN = Tokens.withRole("admin", "admin");
    private static final String MUNICIPALITY = "GM1742";

    @Test
    void pastDaysAreStoredWithTheirSmallCountsSuppressedAndAKnownDayIsKept() {
        LocalDate day = LocalDate.now().minusDays(3);
        importDays("""
                {"days":[{"scope":"%s","day":"%s","figures":{"availablePlaces":12,"waitingYouths":3,
                 "inflow":7,"occupancyPercent":91,"waitingYouths.FAMILY_HOME":7,"medianWaitingDays.FAMILY_HOME":40,
                 "p90WaitingDays.FAMILY_HOME":412}}]}""".formatted(MUNICIPALITY, day))
                .statusCode(200).body("stored", equalTo(1)).body("kept", equalTo(0));

        ValidatableResponse history = given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                .queryParam("municipalityCode", MUNICIPALITY).queryParam("days", 10)
                .when().get("/api/v1/dashboard/history").then().statusCode(200);
        history.body("find { it.day == '%s' }.figures.availablePlaces".formatted(day), equalTo(12))
                .body("find { it.day == '%s' }.figures.inflow".formatted(day), equalTo(7))
                .body("find { it.day == '%s' }.figures.waitingYouths".formatted(day), nullValue())
                .body("find { it.day == '%s' }.figures".formatted(day), org.hamcrest.Matchers.hasKey("waitingYouths"))
                .body("find { it.day == '%s' }.figures.'medianWaitingDays.FAMILY_HOME'".formatted(day), equalTo(40))
                // Seven waits: a p90 would be the longest one, one youth's wait.
                .body("find { it.day == '%s' }.figures.'p90WaitingDays.FAMILY_HOME'".formatted(day), nullValue());

        importDays("""
                {"days":[{"scope":"%s","day":"%s","figures":{"availablePlaces":99}}]}""".formatted(MUNICIPALITY, day))
                .statusCode(200).body("stored", equalTo(0)).body("kept", equalTo(1));
        given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                .queryParam("municipalityCode", MUNICIPALITY).queryParam("days", 10)
                .when().get("/api/v1/dashboard/history").then().statusCode(200)
                .body("find { it.day == '%s' }.figures.availablePlaces".formatted(day), equalTo(12));
    }

    @Test
    void badDaysAreRefusedNamingTheFieldAndNothingIsStored() {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        importDays("""
                {"days":[{"scope":"%s","day":"%s","figures":{"availablePlaces":1}},
                         {"scope":"%s","day":"%s","figures":{"availablePlaces":1}}]}"""
                .formatted(MUNICIPALITY, yesterday.minusDays(1), MUNICIPALITY, LocalDate.now()))
                .statusCode(422).body("violations.field", hasItem("days[1].day"))
                .body("violations.field", not(hasItem("days[0].day")));
        importDays("""
                {"days":[{"scope":"%s","day":"%s","figures":{"childrenNamed":1}}]}""".formatted(MUNICIPALITY, yesterday))
                .statusCode(422).body("violations[0].field", equalTo("days[0].figures"));
        importDays("""
                {"days":[{"scope":"%s","day":"%s","figures":{"waitingYouths.Jan de Vries":1}}]}""".formatted(MUNICIPALITY, yesterday))
                .statusCode(422).body("violations[0].field", equalTo("days[0].figures"))
                .body(not(containsString("Vries")));
        importDays("""
                {"days":[{"scope":"GM12","day":"%s","figures":{"places":4}}]}""".formatted(yesterday))
                .statusCode(422).body("violations[0].field", containsString("scope"));
        importDays("""
                {"days":[{"scope":"%s","day":"%s","figures":{"places":-4}}]}""".formatted(MUNICIPALITY, yesterday))
                .statusCode(422).body("violations[0].field", containsString("figures"));
        given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                .queryParam("municipalityCode", MUNICIPALITY).queryParam("days", 3)
                .when().get("/api/v1/dashboard/history").then().statusCode(200)
                .body("day", not(hasItem(yesterday.minusDays(1).toString())))
                .body("day", not(hasItem(yesterday.toString())));
        given().auth().oauth2(Tokens.municipality(MUNICIPALITY)).contentType("application/json")
                .body("{\"days\":[]}").when().put("/api/v1/dashboard/history").then().statusCode(403);
    }

    private static ValidatableResponse importDays(String body) {
        return given().auth().oauth2(ADMIN).contentType("application/json").body(body)
                .when().put("/api/v1/dashboard/history").then();
    }
}
