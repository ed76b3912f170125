package nl.plekwijzer.matching.waitlist;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.test.junit.QuarkusTest;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.WaitlistEntryChanged;
import nl.plekwijzer.matching.waitlist.linkage.TestRecords;
import nl.plekwijzer.devstack.test.DevStackTestResource;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.Sql;
import nl.plekwijzer.devstack.test.Tokens;

/**
 * The real PostgreSQL stops while a provider's waiting-list events arrive and starts again: none is
 * dead-lettered, each is stored once and linked and published once the database is back, without a
 * restart; meanwhile the API answers 503 with a problem.
 */
@QuarkusTest
class DatabaseOutageIT {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String PROVIDER = "98000090";
    private static final String[] NAMES = { "Daan", "Sem", "Lotte", "Noor", "Finn", "Tess", "Milan", "Evi" };

    @Test
    void waitingListEventsSentWhileTheDatabaseIsAwayAreStoredOnceItIsBack() throws Exception {
        List<UUID> events = new ArrayList<>();
        send(events, 0);
        await().atMost(Duration.ofSeconds(20)).until(() -> stored() == 1);

        DevStackTestResource.stopDatabase();
        try {
            for (int i = 1; i < 6; i++) {
                send(events, i);
            }
            given().auth().oauth2(Tokens.withRole("coordinator", "coordinator"))
                    .when().get("/api/v1/placements?requestId=" + UUID.randomUUID())
                    .then().statusCode(503).contentType("application/problem+json").body("status", equalTo(503));
            // Several failed tries of the consumer (back-off from 0.2 s), and not one event dead-lettered.
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(500))
                    .until(() -> KafkaTestClient.readAll("waitlist-entries.v2.dlq").stream().noneMatch(r -> PROVIDER.equals(r.key())));
        } finally {
            DevStackTestResource.startDatabase();
        }
        for (int i = 6; i < NAMES.length; i++) {
            send(events, i);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> stored() == NAMES.length);
        assertThat(Sql.count("SELECT count(*) FROM consumed_event WHERE event_id = ANY(?::uuid[])",
                (Object) events.stream().map(UUID::toString).toArray(String[]::new))).isEqualTo(events.size());
        assertThat(KafkaTestClient.readAll("waitlist-entries.v2.dlq")).noneMatch(r -> PROVIDER.equals(r.key()));
        for (int i = 0; i < NAMES.length; i++) {
            String entry = "\"providerEntryId\":\"OUT-" + i + "\"";
            KafkaTestClient.awaitRecord("regional-waitlist.v1", r -> r.value().contains(entry), Duration.ofSeconds(30));
        }
    }

    private static void send(List<UUID> events, int i) throws Exception {
        var keys = TestRecords.keys(NAMES[i], null, "Outage" + i, LocalDate.of(2012, 1 + i, 3),
                i % 2 == 0 ? Gender.F : Gender.M, "7500");
        var event = new WaitlistEntryChanged(UUID.randomUUID(), WaitlistEntryChanged.Change.ADDED, PROVIDER, "OUT-" + i,
                null, keys, UnitKind.FAMILY_HOME, "GM0153", LocalDate.of(2026, 10, 1), OffsetDateTime.now());
        KafkaTestClient.send("waitlist-entries.v2", PROVIDER, JSON.writeValueAsString(event));
        events.add(event.eventId());
    }

    private static long stored() {
        return Sql.count("SELECT count(*) FROM waitlist_member WHERE provider_id = ?", PROVIDER);
    }
}
