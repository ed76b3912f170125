package nl.plekwijzer.foundation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import nl.plekwijzer.foundation.messaging.EventBatches.Refused;

/** How a batch's effect is retried or taken apart (the reading and dead-lettering are checked by each service's ITs). */
class EventBatchesTest {

    @Test
    void aBatchThatFailsForGoodIsTakenApartSoOnlyTheBadEventIsRefused() {
        List<String> applied = new ArrayList<>();
        EventBatches.Effect<String> effect = events -> {
            if (events.contains("bad")) {
                return Uni.createFrom().failure(new IllegalStateException("check constraint"));
            }
            applied.addAll(events);
            return Uni.createFrom().item(List.of());
        };

        List<Refused<String>> refused = EventBatches.applyTakingApart("test", List.of("a", "bad", "c"), effect)
                .await().atMost(Duration.ofSeconds(10));

        assertThat(applied).containsExactly("a", "c");
        assertThat(refused).extracting(Refused::event).containsExactly("bad");
        assertThat(refused.get(0).reason()).isEqualTo("Cannot be applied: IllegalStateException");
    }

    @Test
    void aBatchThatFailsForNowIsAppliedWholeOnceItCanBe() {
        AtomicInteger tries = new AtomicInteger();
        List<List<String>> appliedBatches = new ArrayList<>();
        EventBatches.Effect<String> effect = events -> {
            if (tries.incrementAndGet() <= 2) {
                return Uni.createFrom().failure(new ConnectException("Connection refused"));
            }
            appliedBatches.add(events);
            return Uni.createFrom().item(List.of());
        };

        List<Refused<String>> refused = EventBatches.applyTakingApart("test", List.of("a", "b"), effect)
                .await().atMost(Duration.ofSeconds(10));

        assertThat(refused).isEmpty();
        assertThat(appliedBatches).containsExactly(List.of("a", "b"));
    }

    @Test
    void eventsTheEffectRefusesAreReturnedWithTheirReason() {
        EventBatches.Effect<String> effect = events -> Uni.createFrom().item(events.stream()
                .filter(e -> e.startsWith("unknown")).map(e -> new Refused<>(e, "Unknown unit")).toList());

        List<Refused<String>> refused = EventBatches.applyTakingApart("test", List.of("a", "unknown-1"), effect)
                .await().atMost(Duration.ofSeconds(10));

        assertThat(refused).containsExactly(new Refused<>("unknown-1", "Unknown unit"));
    }
}
