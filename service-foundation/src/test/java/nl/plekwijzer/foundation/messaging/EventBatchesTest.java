package nl.plekwijzer.foundation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import nl.plekwijzer.foundation.messaging.DeadLetters.DeadLetter;
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

    @Test
    void eventsRefusedFromOneRecordSendThatRecordToTheDeadLetterTopicOnceWithEveryReason() {
        ConsumerRecord<String, String> batch = new ConsumerRecord<>("bed-status.v1", 0, 7, "batch-1", "{...}");
        ConsumerRecord<String, String> single = new ConsumerRecord<>("bed-status.v1", 0, 8, "unit-3", "{...}");
        String first = "report-1";
        String second = "report-2";
        String third = "report-3";
        Map<String, ConsumerRecord<String, String>> origin = new IdentityHashMap<>();
        origin.put(first, batch);
        origin.put(second, batch);
        origin.put(third, single);

        List<DeadLetter> letters = EventBatches.perRecord(List.of(new Refused<>(first, "Unknown unit"),
                new Refused<>(second, "More places than the unit has"), new Refused<>(third, "Unknown unit")), origin);

        assertThat(letters).extracting(DeadLetter::record).containsExactly(batch, single);
        assertThat(letters).extracting(DeadLetter::reason)
                .containsExactly("Unknown unit; More places than the unit has", "Unknown unit");
    }

    @Test
    void manyEventsAreAppliedInTransactionsOfAtMostFiveThousandInOrder() {
        List<Integer> events = java.util.stream.IntStream.range(0, 12_001).boxed().toList();
        List<List<Integer>> transactions = new ArrayList<>();
        EventBatches.Effect<Integer> effect = chunk -> {
            transactions.add(List.copyOf(chunk));
            return Uni.createFrom().item(chunk.contains(12_000) ? List.of(new Refused<>(12_000, "Unknown unit")) : List.of());
        };

        List<Refused<Integer>> refused = EventBatches.applyInChunks("test", events, effect).await().atMost(Duration.ofSeconds(10));

        assertThat(transactions).extracting(List::size).containsExactly(5_000, 5_000, 2_001);
        assertThat(transactions.stream().flatMap(List::stream).toList()).isEqualTo(events);
        assertThat(refused).containsExactly(new Refused<>(12_000, "Unknown unit"));
    }
}
