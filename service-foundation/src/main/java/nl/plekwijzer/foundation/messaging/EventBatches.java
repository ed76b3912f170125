package nl.plekwijzer.foundation.messaging;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.UnreadableEventException;
import nl.plekwijzer.foundation.messaging.DeadLetters.DeadLetter;

/**
 * The one way every consumer takes in a poll's records ({@code batch=true} channels):
 * <ol>
 * <li>each record is read; one that cannot be read goes to {@code <topic>.dlq} with the reason; one
 * without a value (a compacted topic's tombstone) is skipped;</li>
 * <li>the readable events are applied together by the consumer's {@link Effect} (one transaction);
 * a transient failure is retried for as long as it lasts (the offset stays uncommitted, the
 * connector pauses polling meanwhile); any other failure is taken apart: each event is applied on
 * its own and only the one that fails by itself goes to the dead-letter topic;</li>
 * <li>events the effect refuses (impossible, unknown aggregate) go to the dead-letter topic;</li>
 * <li>only then is the batch acknowledged, so its offsets are committed.</li>
 * </ol>
 */
@ApplicationScoped
public class EventBatches {

    /** What a consumer does with the readable events of one poll. */
    @FunctionalInterface
    public interface Effect<T> {
        /** Applies the events in one transaction; returns those that can never be applied, with why. */
        Uni<List<Refused<T>>> apply(List<T> events);
    }

    /** Reads one record into the events it carries (most records carry one). */
    @FunctionalInterface
    public interface RecordReader<T> {
        /** Throws {@link UnreadableEventException} (with the reason) for a record that cannot be read. */
        List<T> read(ConsumerRecord<String, String> record);
    }

    /** An event that is readable but can never be applied. */
    public record Refused<T>(T event, String reason) {
    }

    static final int MOST_EVENTS_PER_TRANSACTION = 5_000;

    private final DeadLetters deadLetters;

    public EventBatches(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /**
     * @param reader reads a record's body; throws {@link UnreadableEventException} (with the reason)
     *               for one that cannot be read
     */
    public <T> Uni<Void> consume(KafkaRecordBatch<String, String> batch, Function<String, T> reader, Effect<T> effect) {
        return consumeRecords(batch, record -> List.of(reader.apply(record.value())), effect);
    }

    /**
     * As {@link #consume}, for records that may carry several events. A refused event sends its
     * whole record to the dead-letter topic once, with the reasons of all its refused events; the
     * record's other events stay applied (consumers recognise an event they applied before).
     */
    public <T> Uni<Void> consumeRecords(KafkaRecordBatch<String, String> batch, RecordReader<T> reader, Effect<T> effect) {
        List<T> events = new ArrayList<>();
        Map<T, ConsumerRecord<String, String>> origin = new IdentityHashMap<>();
        List<DeadLetter> unreadable = new ArrayList<>();
        String topic = null;
        for (var message : batch.getRecords()) {
            @SuppressWarnings("unchecked")
            ConsumerRecord<String, String> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                    .orElseThrow().getRecord();
            topic = record.topic();
            if (record.value() == null) {
                continue;
            }
            try {
                for (T event : reader.read(record)) {
                    events.add(event);
                    origin.put(event, record);
                }
            } catch (UnreadableEventException e) {
                unreadable.add(new DeadLetter(record, e.getMessage(), e));
            } catch (RuntimeException e) {
                // A reader that fails otherwise on a record would fail on it every time: it is poison too.
                unreadable.add(new DeadLetter(record, "Cannot be read: " + TransientFailures.describe(e), e));
            }
        }
        String what = "Applying " + events.size() + " events from " + topic;
        return deadLetters.send(unreadable)
                .chain(() -> applyInChunks(what, events, effect))
                .chain(refused -> deadLetters.send(perRecord(refused, origin)))
                // A method that takes the batch acknowledges it itself: only then are the offsets committed.
                .onItemOrFailure().transformToUni((done, failure) -> Uni.createFrom().completionStage(
                        failure == null ? batch.ack() : batch.nack(failure)));
    }

    /**
     * Applies at most {@link #MOST_EVENTS_PER_TRANSACTION} events per transaction, one chunk after the
     * other: a poll of records that carry a thousand events each would otherwise make one huge
     * transaction. A chunk applied before a later one failed is recognised when the poll comes again.
     */
    static <T> Uni<List<Refused<T>>> applyInChunks(String what, List<T> events, Effect<T> effect) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < events.size(); from += MOST_EVENTS_PER_TRANSACTION) {
            chunks.add(events.subList(from, Math.min(events.size(), from + MOST_EVENTS_PER_TRANSACTION)));
        }
        return Multi.createFrom().iterable(chunks)
                .onItem().transformToUniAndConcatenate(chunk -> applyTakingApart(what, chunk, effect))
                .collect().in(ArrayList<Refused<T>>::new, List::addAll)
                .map(List::copyOf);
    }

    static <T> List<DeadLetter> perRecord(List<Refused<T>> refused, Map<T, ConsumerRecord<String, String>> origin) {
        Map<ConsumerRecord<String, String>, List<String>> reasons = new LinkedHashMap<>();
        refused.forEach(r -> reasons.computeIfAbsent(origin.get(r.event()), record -> new ArrayList<>()).add(r.reason()));
        return reasons.entrySet().stream()
                .map(e -> new DeadLetter(e.getKey(), String.join("; ", e.getValue()), null)).toList();
    }

    static <T> Uni<List<Refused<T>>> applyTakingApart(String what, List<T> events, Effect<T> effect) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return TransientFailures.retried(what, () -> effect.apply(events))
                .onFailure().recoverWithUni(failure -> events.size() == 1
                        ? Uni.createFrom().item(List.of(new Refused<>(events.get(0),
                                "Cannot be applied: " + TransientFailures.describe(failure))))
                        : Multi.createFrom().iterable(events)
                                .onItem().transformToUniAndConcatenate(event -> applyTakingApart(what, List.of(event), effect))
                                .collect().in(ArrayList<Refused<T>>::new, List::addAll)
                                .map(List::copyOf));
    }
}
