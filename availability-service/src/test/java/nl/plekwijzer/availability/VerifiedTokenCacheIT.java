package nl.plekwijzer.availability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.plekwijzer.devstack.test.Tokens;
import nl.plekwijzer.foundation.security.VerifiedTokenCache;

/** A token verified once is not verified again, and still proves only who it proved. */
@QuarkusTest
class VerifiedTokenCacheIT {

    @Inject
    VerifiedTokenCache cache;

    @Test
    void aKeptTokenProvesOnlyItsOwnCallerAndAnAlteredOneNothing() {
        String unitOfA = Fixtures.registeredUnit();
        String tokenA = Tokens.provider(Fixtures.PROVIDER_A);
        String tokenB = Tokens.provider(Fixtures.PROVIDER_B);
        assertThat(cache.holds(tokenA)).isFalse();

        postStatus(tokenA, unitOfA, 202);
        assertThat(cache.holds(tokenA)).as("verified once, then kept").isTrue();
        long reused = cache.reused();
        postStatus(tokenA, unitOfA, 202);
        assertThat(cache.reused()).as("not verified again").isEqualTo(reused + 1);
        postStatus(tokenB, unitOfA, 403);
        assertThat(cache.holds(tokenB)).isTrue();
        postStatus(tokenB, unitOfA, 403);

        String[] a = tokenA.split("\\.");
        String[] b = tokenB.split("\\.");
        String bClaimsWithSignatureOfA = a[0] + "." + b[1] + "." + a[2];
        postStatus(bClaimsWithSignatureOfA, unitOfA, 401);
        assertThat(cache.holds(bClaimsWithSignatureOfA)).isFalse();
        postStatus(tokenA, unitOfA, 202);
    }

    private static void postStatus(String token, String unitId, int expectedStatus) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.report(UUID.randomUUID(), OffsetDateTime.now().minusSeconds(1), 2, 4))
                .when().post("/api/v1/units/" + unitId + "/status")
                .then().statusCode(expectedStatus);
    }
}
