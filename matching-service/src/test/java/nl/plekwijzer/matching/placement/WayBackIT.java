package nl.plekwijzer.matching.placement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.devstack.test.Tokens;
import nl.plekwijzer.matching.suggestion.Events;

/**
 * The way back: the provider a youth came from, named at intake or known from the youth's last
 * placement here, scores continuity. Supported-independence units, which no other test uses.
 */
@QuarkusTest
class WayBackIT {

    private static final Duration SOON = Duration.ofSeconds(20);
    private static final String COORDINATOR = Tokens.withRole("coordinator", "coordinator");
    private static final Set<UnitKind> KIND = Set.of(UnitKind.SUPPORTED_INDEPENDENCE);

    @Test
    void theProviderTheYouthCameFromScoresContinuityWhetherNamedOrKnownFromAPlacement() throws Exception {
        String elsewhere = unit("98000041");
        String cameFrom = unit("98000042");
        UUID named = UUID.randomUUID();
        Events.request(named, "referrer-way-back", KIND, "GM0392", Urgency.URGENT, OffsetDateTime.now(), "98000042");
        await().atMost(SOON).ignoreExceptions().until(() -> units(named).containsAll(List.of(elsewhere, cameFrom)));
        assertThat(continuity(named, cameFrom)).isEqualTo(1.0);
        assertThat(continuity(named, elsewhere)).isEqualTo(0.0);

        // Placed here with provider 98000041: the youth's next request names no one and still finds the way back.
        String proposal = given().auth().oauth2(COORDINATOR).contentType("application/json")
                .body("{\"unitIds\":[\"" + elsewhere + "\"]}")
                .when().post("/api/v1/placement-requests/" + named + "/proposals")
                .then().statusCode(201).extract().path("proposals[0].proposalId");
        given().auth().oauth2(Tokens.provider("98000041")).when().post("/api/v1/proposals/" + proposal + "/accept")
                .then().statusCode(200);
        String another = unit("98000043");
        UUID next = UUID.randomUUID();
        Events.request(next, "referrer-way-back", KIND, "GM0392", Urgency.URGENT, OffsetDateTime.now(), null);

        await().atMost(SOON).ignoreExceptions().until(() -> units(next).contains(another)
                && continuity(next, another) == 0.0);
        await().atMost(SOON).ignoreExceptions().until(() -> units(next).contains(cameFrom)
                && continuity(next, cameFrom) == 0.0);
        // The unit it was placed in is full now; another unit of that provider scores continuity.
        String sameProvider = unit("98000041");
        await().atMost(SOON).ignoreExceptions().until(() -> continuity(next, sameProvider) == 1.0);
    }

    private static String unit(String providerId) throws Exception {
        String unitId = "wb-" + UUID.randomUUID().toString().substring(0, 8);
        Events.profile(unitId, providerId, UnitKind.SUPPORTED_INDEPENDENCE, "GM0392");
        Events.availability(unitId, providerId, UnitKind.SUPPORTED_INDEPENDENCE, 1);
        return unitId;
    }

    private static JsonPath suggestions(UUID requestId) {
        return given().auth().oauth2(COORDINATOR).queryParam("limit", 25)
                .when().get("/api/v1/placement-requests/" + requestId + "/suggestions")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> units(UUID requestId) {
        return suggestions(requestId).getList("suggestions.unitId");
    }

    private static double continuity(UUID requestId, String unitId) {
        return suggestions(requestId).getDouble("suggestions.find { it.unitId == '" + unitId
                + "' }.explanation.components.CONTINUITY");
    }
}
