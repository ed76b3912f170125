package nl.plekwijzer.matching.unmet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.devstack.test.KafkaTestClient;
import nl.plekwijzer.devstack.test.Sql;
import nl.plekwijzer.matching.suggestion.Events;
import nl.plekwijzer.matching.unmet.service.UnmetNeedRecorder;

/**
 * An unmet need is a fact on unmet-needs.v1 that must not be lost: when the state has been rebuilt
 * after a start, needs whose record is missing are recorded, and recorded ones that ended are forgotten.
 */
@QuarkusTest
class UnmetNeedRecorderIT {

    @Inject
    UnmetNeedRecorder recorder;

    @Test
    void aNeedWhoseRecordWasLostIsRecordedOnceTheStateIsRebuiltAndAnEndedOneIsForgotten() throws Exception {
        UUID requestId = UUID.randomUUID();
        Events.request(requestId, "referrer-recorder", Set.of(UnitKind.SECURE_CARE), "GM0153");
        KafkaTestClient.awaitRecord("unmet-needs.v1", r -> r.key().equals(requestId.toString()), Duration.ofSeconds(30));
        assertThat(recordsOf(requestId)).isEqualTo(1);
        // As if a crash had cut the record off, and a need had ended while matching was away.
        Sql.update("DELETE FROM unmet_need_recorded WHERE request_id = ?", requestId);
        UUID ended = UUID.randomUUID();
        Sql.update("INSERT INTO unmet_need_recorded (request_id, recorded_at) VALUES (?, now())", ended);

        recorder.reconcile().await().atMost(Duration.ofSeconds(20));

        await().atMost(Duration.ofSeconds(20)).until(() -> recordsOf(requestId) == 2);
        assertThat(Sql.count("SELECT count(*) FROM unmet_need_recorded WHERE request_id = ?", requestId)).isEqualTo(1);
        assertThat(Sql.count("SELECT count(*) FROM unmet_need_recorded WHERE request_id = ?", ended)).isZero();

        recorder.reconcile().await().atMost(Duration.ofSeconds(20));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> recordsOf(requestId) == 2);
    }

    private static long recordsOf(UUID requestId) {
        return KafkaTestClient.readAll("unmet-needs.v1").stream().filter(r -> r.key().equals(requestId.toString()))
                .count();
    }
}
