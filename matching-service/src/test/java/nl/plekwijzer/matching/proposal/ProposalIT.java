package nl.plekwijzer.matching.proposal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.Urgency;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.Sql;
import nl.plekwijzer.devstack.test.Tokens;
import nl.plekwijzer.matching.suggestion.Events;

/**
 * Proposals over real Kafka and PostgreSQL: holds, the provider's answer, first acceptance wins, expiry.
 * Its units and requests are of kinds the other tests leave alone (treatment groups, respite), whose
 * counts of free and fitting places they assert.
 */
@QuarkusTest
class ProposalIT {

    private static final Duration SOON = Duration.ofSeconds(20);
    private static final String COORDINATOR = Tokens.withRole("coordinator", "coordinator");

    @Test
    void aThreeWayProposalEndsInOnePlacementAndTheOtherPlacesComeBack() throws Exception {
        String a = unit("98000011", UnitKind.TREATMENT_GROUP);
        String b = unit("98000012", UnitKind.TREATMENT_GROUP);
        String c = unit("98000013", UnitKind.TREATMENT_GROUP);
        UUID request = request(Urgency.URGENT);
        UUID other = request(Urgency.URGENT);
        await().atMost(SOON).ignoreExceptions().until(() -> suggested(other).containsAll(List.of(a, b, c)));

        JsonPath made = propose(request, "{\"unitIds\":[\"%s\",\"%s\",\"%s\"],\"message\":\"Fits your group\"}"
                .formatted(a, b, c)).statusCode(201).extract().jsonPath();
        assertThat(made.getList("proposals.state")).containsOnly("OPEN");
        UUID pa = proposalOf(made, a);
        UUID pb = proposalOf(made, b);
        UUID pc = proposalOf(made, c);
        for (UUID proposal : List.of(pa, pb, pc)) {
            KafkaTestClient.awaitRecord("placement-events.v1", r -> r.value().contains(proposal.toString())
                    && r.value().contains("\"PROPOSED\""), SOON);
        }
        // Held places are not free anywhere: the other request no longer gets them.
        await().atMost(SOON).ignoreExceptions().until(() -> suggested(other).stream().noneMatch(List.of(a, b, c)::contains));
        // The places its own proposals hold do not make the proposed request an unmet need.
        assertThat(KafkaTestClient.readAll("unmet-needs.v1")).noneMatch(r -> r.key().equals(request.toString()));
        // The provider's inbox shows the youth's needs, not who the youth is.
        given().auth().oauth2(Tokens.provider("98000011")).when().get("/api/v1/proposals")
                .then().statusCode(200)
                .body("proposals.proposal.proposalId", hasItem(pa.toString()))
                .body("proposals.find { it.proposal.proposalId == '" + pa + "' }.needs.ageYears", equalTo(13))
                .body(org.hamcrest.Matchers.not(containsString("youthPseudonym")));

        answer(pb, "decline", "98000012", "{\"reasonCode\":\"NO_STAFF\",\"detail\":\"Two colleagues ill\"}")
                .statusCode(200).body("state", equalTo("DECLINED"));
        answer(pc, "accept", "98000011", null).statusCode(403).contentType("application/problem+json");
        answer(pa, "accept", "98000011", null).statusCode(200).body("state", equalTo("ACCEPTED"));
        answer(pc, "accept", "98000013", null).statusCode(409).body("type", containsString("proposal-not-open"));

        given().auth().oauth2(COORDINATOR).when().get("/api/v1/placement-requests/" + request + "/proposals")
                .then().statusCode(200).body("proposals", hasSize(3))
                .body("proposals.find { it.unitId == '" + a + "' }.state", equalTo("ACCEPTED"))
                .body("proposals.find { it.unitId == '" + b + "' }.reasonCode", equalTo("NO_STAFF"))
                .body("proposals.find { it.unitId == '" + c + "' }.state", equalTo("WITHDRAWN"));
        for (String type : List.of("ACCEPTED", "DECLINED", "WITHDRAWN", "PLACED")) {
            KafkaTestClient.awaitRecord("placement-events.v1", r -> r.key().equals(request.toString())
                    && r.value().contains("\"" + type + "\""), SOON);
        }
        assertThat(KafkaTestClient.readAll("placement-events.v1")).noneMatch(r -> r.value().contains("colleagues"));
        given().auth().oauth2(COORDINATOR).when().get("/api/v1/placements?unitId=" + a)
                .then().statusCode(200).body("requestId", contains(request.toString()))
                .body("[0].proposalId", equalTo(pa.toString()))
                .body("[0].kind", equalTo("TREATMENT_GROUP"))
                .body("[0].responsibleMunicipalityCode", equalTo("GM0392"))
                .body("[0].state", equalTo("ACTIVE"));
        given().auth().oauth2(COORDINATOR).when().get("/api/v1/placements?municipalityCode=GM0392&state=ACTIVE")
                .then().statusCode(200).body("unitId", hasItem(a));
        given().auth().oauth2(COORDINATOR).when().get("/api/v1/placements?municipalityCode=GM0392&state=GONE")
                .then().statusCode(422).body("violations.field", hasItem("state"));
        // The declined and the withdrawn hold are free again; the placed one stays taken until the next report.
        await().atMost(SOON).ignoreExceptions().until(() -> suggested(other).containsAll(List.of(b, c)));
        assertThat(suggested(other)).doesNotContain(a);
    }

    @Test
    void anEndedPlacementFreesItsPlaceAndANewOneWithinSixMonthsIsARePlacement() throws Exception {
        String h = unit("98000018", UnitKind.TREATMENT_GROUP);
        String i = unit("98000019", UnitKind.TREATMENT_GROUP);
        UUID request = UUID.randomUUID();
        Events.request(request, "referrer-proposals", Set.of(UnitKind.TREATMENT_GROUP), "GM0392", Urgency.URGENT,
                OffsetDateTime.now(), null, LocalDate.now());
        UUID other = request(Urgency.URGENT);
        await().atMost(SOON).ignoreExceptions().until(() -> suggested(other).containsAll(List.of(h, i)));
        UUID proposal = proposalOf(propose(request, "{\"unitIds\":[\"%s\"]}".formatted(h)).statusCode(201)
                .extract().jsonPath(), h);
        answer(proposal, "accept", "98000018", null).statusCode(200);
        JsonPath placed = given().auth().oauth2(COORDINATOR).when().get("/api/v1/placements?unitId=" + h)
                .then().statusCode(200).extract().jsonPath();
        String placement = placed.getString("[0].placementId");
        String start = placed.getString("[0].startDate");
        await().atMost(SOON).ignoreExceptions().until(() -> !suggested(other).contains(h));

        end(placement, "98000019", "{\"destination\":\"ANOTHER_PLACEMENT\",\"endedOn\":\"%s\"}".formatted(start))
                .statusCode(403);
        end(placement, "98000018", "{\"destination\":\"ANOTHER_PLACEMENT\",\"endedOn\":\"%s\"}"
                .formatted(LocalDate.parse(start).minusDays(1))).statusCode(422)
                .body("violations.field", hasItem("endedOn"));
        end(placement, "98000018", "{\"destination\":\"ANOTHER_PLACEMENT\",\"endedOn\":\"%s\"}"
                .formatted(LocalDate.now().plusDays(1))).statusCode(422)
                .body("violations.field", hasItem("endedOn"));
        end(placement, "98000018", "{\"destination\":\"ELSEWHERE\"}").statusCode(422)
                .body("violations.field", hasItem("destination"));
        end(placement, "98000018", ("{\"destination\":\"ANOTHER_PLACEMENT\",\"endedOn\":\"%s\","
                + "\"reason\":\"Needs a treatment group nearer to Emma's school\"}").formatted(start))
                .statusCode(200).body("state", equalTo("ENDED")).body("destination", equalTo("ANOTHER_PLACEMENT"));
        end(placement, "98000018", "{\"destination\":\"HOME\"}").statusCode(409);
        KafkaTestClient.awaitRecord("placement-events.v1", r -> r.key().equals(request.toString())
                && r.value().contains("\"ENDED\"") && r.value().contains("ANOTHER_PLACEMENT"), SOON);
        assertThat(KafkaTestClient.readAll("placement-events.v1")).noneMatch(r -> r.value().contains("Emma"));
        // The place is free again.
        await().atMost(SOON).ignoreExceptions().until(() -> suggested(other).contains(h));

        // The same youth (the same pseudonym) placed again within six months: a re-placement.
        UUID next = request(Urgency.URGENT);
        await().atMost(SOON).ignoreExceptions().until(() -> suggested(next).contains(i));
        answer(proposalOf(propose(next, "{\"unitIds\":[\"%s\"]}".formatted(i)).statusCode(201).extract().jsonPath(), i),
                "accept", "98000019", null).statusCode(200);
        given().auth().oauth2(COORDINATOR).when().get("/api/v1/placements?requestId=" + next)
                .then().statusCode(200).body("[0].replacement", equalTo(true));
        given().auth().oauth2(COORDINATOR).when().get("/api/v1/placements?requestId=" + request)
                .then().statusCode(200).body("[0].replacement", equalTo(false));
    }

    @Test
    void twoAcceptancesAtTheSameMomentLeaveExactlyOneWinner() throws Exception {
        String d = unit("98000014", UnitKind.TREATMENT_GROUP);
        String e = unit("98000015", UnitKind.TREATMENT_GROUP);
        UUID request = request(Urgency.URGENT);
        await().atMost(SOON).ignoreExceptions().until(() -> suggested(request).containsAll(List.of(d, e)));
        JsonPath made = propose(request, "{\"unitIds\":[\"%s\",\"%s\"]}".formatted(d, e)).statusCode(201)
                .extract().jsonPath();

        CountDownLatch start = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> acceptWhenReleased(start, proposalOf(made, d), "98000014"));
        var second = CompletableFuture.supplyAsync(() -> acceptWhenReleased(start, proposalOf(made, e), "98000015"));
        start.countDown();

        assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 409);
        assertThat(Sql.count("SELECT count(*) FROM proposal WHERE request_id = ? AND state = 'ACCEPTED'", request))
                .isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM placement WHERE request_id = ?", request)).isEqualTo(1);
    }

    @Test
    void aHoldThatExpiresGivesThePlaceBack() throws Exception {
        String f = unit("98000016", UnitKind.TREATMENT_GROUP);
        UUID request = request(Urgency.REGULAR);
        UUID other = request(Urgency.URGENT);
        await().atMost(SOON).ignoreExceptions().until(() -> suggested(other).contains(f));

        UUID proposal = proposalOf(propose(request, "{\"unitIds\":[\"%s\"]}".formatted(f)).statusCode(201)
                .extract().jsonPath(), f);
        await().atMost(SOON).ignoreExceptions().until(() -> !suggested(other).contains(f));

        // REGULAR holds last 3 s in the tests; expiry runs every second.
        await().atMost(SOON).ignoreExceptions().until(() -> "EXPIRED".equals(Sql.string(
                "SELECT state FROM proposal WHERE proposal_id = ?", proposal)));
        KafkaTestClient.awaitRecord("placement-events.v1", r -> r.value().contains(proposal.toString())
                && r.value().contains("\"EXPIRED\"") && r.value().contains("HOLD_EXPIRED"), SOON);
        await().atMost(SOON).ignoreExceptions().until(() -> suggested(other).contains(f));
        answer(proposal, "accept", "98000016", null).statusCode(409);
    }

    @Test
    void badProposalsAndAnswersAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
        String g = unit("98000017", UnitKind.TREATMENT_GROUP);
        String respite = unit("98000017", UnitKind.RESPITE);
        UUID request = request(Urgency.URGENT);
        await().atMost(SOON).ignoreExceptions().until(() -> suggested(request).contains(g));

        propose(request, "{\"unitIds\":[\"u1\",\"u2\",\"u3\",\"u4\"]}").statusCode(422)
                .body("violations.field", hasItem("unitIds"));
        propose(request, "{\"unitIds\":[\"no-such-unit\"]}").statusCode(422)
                .body("violations.field", hasItem("unitIds[0]"));
        propose(request, "{\"unitIds\":[\"%s\"]}".formatted(respite)).statusCode(422)
                .body("violations.field", hasItem("unitIds[0]"))
                .body("violations.message", hasItem(containsString("KIND_ACCEPTABLE")));
        propose(UUID.randomUUID(), "{\"unitIds\":[\"%s\"]}".formatted(g)).statusCode(404);
        assertThat(Sql.count("SELECT count(*) FROM proposal WHERE request_id = ?", request)).isZero();

        JsonPath overridden = propose(request, "{\"unitIds\":[\"%s\"],\"overrideReason\":\"Only place near school\"}"
                .formatted(respite)).statusCode(201).extract().jsonPath();
        assertThat(overridden.getString("proposals[0].overrideReason")).isEqualTo("Only place near school");
        propose(request, "{\"unitIds\":[\"%s\"],\"overrideReason\":\"again\"}".formatted(respite)).statusCode(409);
        UUID proposal = proposalOf(overridden, respite);
        answer(proposal, "decline", "98000017", "{\"reasonCode\":\"OTHER\"}").statusCode(422)
                .body("violations.field", hasItem("detail"));
        answer(proposal, "decline", "98000017", "{\"reasonCode\":\"BORED\"}").statusCode(422)
                .body("violations.field", hasItem("reasonCode"));
        given().auth().oauth2(Tokens.withRole("referrer", "referrer")).contentType("application/json")
                .body("{\"unitIds\":[\"%s\"]}".formatted(g))
                .when().post("/api/v1/placement-requests/" + request + "/proposals").then().statusCode(403);
        assertThat(Sql.string("SELECT state FROM proposal WHERE proposal_id = ?", proposal)).isEqualTo("OPEN");
    }

    private static String unit(String providerId, UnitKind kind) throws Exception {
        String unitId = "p-" + UUID.randomUUID().toString().substring(0, 8);
        Events.profile(unitId, providerId, kind, "GM0392");
        Events.availability(unitId, providerId, kind, 1);
        return unitId;
    }

    private static UUID request(Urgency urgency) throws Exception {
        UUID requestId = UUID.randomUUID();
        Events.request(requestId, "referrer-proposals", Set.of(UnitKind.TREATMENT_GROUP), "GM0392", urgency);
        return requestId;
    }

    private static List<String> suggested(UUID requestId) {
        return given().auth().oauth2(COORDINATOR).queryParam("limit", 25)
                .when().get("/api/v1/placement-requests/" + requestId + "/suggestions")
                .then().statusCode(200).extract().jsonPath().getList("suggestions.unitId");
    }

    private static ValidatableResponse propose(UUID requestId, String body) {
        return given().auth().oauth2(COORDINATOR).contentType("application/json").body(body)
                .when().post("/api/v1/placement-requests/" + requestId + "/proposals").then();
    }

    private static ValidatableResponse answer(UUID proposalId, String answer, String providerId, String body) {
        var request = given().auth().oauth2(Tokens.provider(providerId)).contentType("application/json");
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post("/api/v1/proposals/" + proposalId + "/" + answer).then();
    }

    private static int acceptWhenReleased(CountDownLatch start, UUID proposal, String providerId) {
        try {
            start.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
        return answer(proposal, "accept", providerId, null).extract().statusCode();
    }

    private static ValidatableResponse end(String placementId, String providerId, String body) {
        return given().auth().oauth2(Tokens.provider(providerId)).contentType("application/json").body(body)
                .when().post("/api/v1/placements/" + placementId + "/end").then();
    }

    private static UUID proposalOf(JsonPath made, String unitId) {
        return UUID.fromString(made.getString("proposals.find { it.unitId == '" + unitId + "' }.proposalId"));
    }
}
