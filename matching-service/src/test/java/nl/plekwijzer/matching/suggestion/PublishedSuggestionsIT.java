package nl.plekwijzer.matching.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.devstack.test.KafkaTestClient;

/**
 * A restart ranks everything anew; a ranking that differs from the one last published (it changed
 * while the service was down) is announced, one that does not is not sent again. The "down" is
 * played by putting an older list on the topic, as if it were the last one published.
 */
@QuarkusTest
class PublishedSuggestionsIT {

    private static final Duration STATE = Duration.ofSeconds(20);
    private static final String TOPIC = "match-suggestions.v1";

    @Inject
    PublishedSuggestions published;

    @Test
    void aRankingThatDiffersFromTheLastPublishedIsAnnouncedAgainAndAnEqualOneIsNot() throws Exception {
        String unit = "unit-" + UUID.randomUUID();
        UUID requestId = UUID.randomUUID();
        String key = requestId.toString();
        Events.profile(unit, "98000001", UnitKind.FAMILY_HOME, "GM0392");
        Events.availability(unit, "98000001", UnitKind.FAMILY_HOME, 1);
        Events.request(requestId, "referrer-p", Set.of(UnitKind.FAMILY_HOME), "GM0392");
        try {
            announcedAgainOnlyWhenDifferent(unit, key);
        } finally {
            // Full again, so that it is no free place for the other tests' requests.
            Events.availability(unit, "98000001", UnitKind.FAMILY_HOME, 0);
        }
    }

    private void announcedAgainOnlyWhenDifferent(String unit, String key) {
        var current = KafkaTestClient.awaitRecord(TOPIC, r -> r.key().equals(key) && r.value().contains(unit), STATE);
        String currentId = KafkaTestClient.header(current, "ce_id");

        long before = recordsOf(key);
        assertThat(published.announceChanged()).as("an equal ranking is not sent again").doesNotContain(key);

        // An older list, without the unit, as the last one published.
        KafkaTestClient.send(TOPIC, key, current.value().replace(unit, "unit-gone"),
                new RecordHeader("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)),
                new RecordHeader("ce_type", KafkaTestClient.header(current, "ce_type").getBytes(StandardCharsets.UTF_8)));
        assertThat(published.announceChanged()).contains(key);

        var announced = KafkaTestClient.awaitRecord(TOPIC, r -> r.key().equals(key) && r.value().contains(unit)
                && r.offset() > current.offset() && currentId.equals(KafkaTestClient.header(r, "ce_id")), STATE);
        assertThat(announced.value()).contains(unit);
        // Only the older list and the announcement were added: the first call sent nothing for this request.
        assertThat(recordsOf(key)).as("the same state as before the restart").isEqualTo(before + 2);
    }

    private static long recordsOf(String key) {
        return KafkaTestClient.readAll(TOPIC).stream().filter(r -> key.equals(r.key())).count();
    }
}
