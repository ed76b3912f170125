package nl.plekwijzer.availability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import nl.plekwijzer.devstack.test.ServiceFoundationContract;
import nl.plekwijzer.devstack.test.Tokens;

@QuarkusTest
class FoundationIT extends ServiceFoundationContract {

    @Override
    protected String protectedPath() {
        return "/api/v1/availability";
    }

    @Override
    protected String allowedToken() {
        return Tokens.provider("98000001");
    }

    @Override
    protected String incomingTopic() {
        return "bed-status.v1";
    }

    @Test
    void unknownUnitIs404ProblemNamingTheField() {
        given().auth().oauth2(Tokens.provider("98000001"))
                .when().get("/api/v1/units/no-such-unit")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("field", equalTo("unitId"))
                .body("detail", containsString("no-such-unit"));
    }

    @Test
    void municipalityRoleIsRefusedWith403() {
        assertForbidden(Tokens.municipality("GM0153"), "/api/v1/units/unit-1");
    }
}
