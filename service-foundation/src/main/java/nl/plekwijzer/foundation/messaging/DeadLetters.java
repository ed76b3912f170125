package nl.plekwijzer.foundation.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Puts records that cannot be applied on their topic's {@code .dlq}, each as it was received, and
 * completes once the broker acknowledged them all (a send that fails for now is retried).
 */
@ApplicationScoped
public class DeadLetters {

    /** One record and why it can never be applied. */
    public record DeadLetter(ConsumerRecord<String, String> record, String reason, Throwable cause) {
    }

    private final MutinyEmitter<String> emitter;

    public DeadLetters(@Channel("dead-letters-out") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
            MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> send(List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return TransientFailures.retried("Sending " + letters.size() + " dead letters",
                () -> Uni.join().all(letters.stream()
                        .map(l -> emitter.sendMessage(DeadLetterMessages.of(l.record(), l.reason(), l.cause())))
                        .toList()).andFailFast().replaceWithVoid());
    }
}
