package nl.plekwijzer.availability.status.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.DeadLetterMessages;

/**
 * Puts a record that cannot be applied on {@code bed-status.v1.dlq}, as it was received
 * ({@link DeadLetterMessages}).
 */
@ApplicationScoped
public class DeadLetters {

    private final MutinyEmitter<String> emitter;

    public DeadLetters(@Channel("bed-status-dlq") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
            MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    public Uni<Void> send(ConsumerRecord<String, String> record, String reason, Throwable cause) {
        return emitter.sendMessage(DeadLetterMessages.of(record, reason, cause));
    }
}
