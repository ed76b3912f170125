package nl.plekwijzer.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.plekwijzer.devstack.test.ServiceFoundationContract;
import nl.plekwijzer.devstack.test.Sql;
import nl.plekwijzer.devstack.test.Tokens;

@QuarkusTest
class FoundationIT extends ServiceFoundationContract {

    @Override
    protected String protectedPath() {
        return "/api/v1/placements?requestId=" + UUID.randomUUID();
    }

    @Override
    protected String allowedToken() {
        return Tokens.withRole("coordinator", "coordinator");
    }

    @Override
    protected String incomingTopic() {
        return "bed-availability.v1";
    }

    @Test
    void coordinatorSeesPlacementsOfARequest() {
        UUID requestId = UUID.randomUUID();
        UUID placementId = UUID.randomUUID();
        Sql.update("INSERT INTO placement (placement_id, request_id, unit_id, provider_id, bridging_placement, placed_at)"
                + " VALUES (?, ?, 'unit-1', '98000001', true, ?)", placementId, requestId, Timestamp.from(Instant.now()));

        given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                .when().get("/api/v1/placements?requestId=" + requestId)
                .then().statusCode(200)
                .body("placementId", contains(placementId.toString()))
                .body("[0].bridgingPlacement", equalTo(true));
    }

    @Test
    void missingRequestIdIs400ProblemNamingTheField() {
        given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                .when().get("/api/v1/placements")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("requestId"));
    }

    @Test
    void referrerRoleIsRefusedWith403() {
        assertForbidden(Tokens.withRole("referrer", "referrer"), "/api/v1/placements?requestId=" + UUID.randomUUID());
    }
}
