package nl.plekwijzer.foundation.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import nl.plekwijzer.contracts.EventType;

class SnapshotSenderTest {

    record State(String key, int places) {
    }

    record Event(String key, int places, String at) {
    }

    private final List<Message<String>> acknowledged = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    @SuppressWarnings("unchecked")
    private final MutinyEmitter<String> broker = (MutinyEmitter<String>) Proxy.newProxyInstance(
            MutinyEmitter.class.getClassLoader(), new Class<?>[] { MutinyEmitter.class }, (proxy, method, args) -> {
                if (!method.getName().equals("sendMessage")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                if (failuresLeft.getAndDecrement() > 0) {
                    return Uni.createFrom().failure(new ConnectException("Connection refused"));
                }
                acknowledged.add((Message<String>) args[0]);
                return Uni.createFrom().voidItem();
            });

    private final SnapshotSender sender = new SnapshotSender(broker, new CloudEventMessages("test-service"),
            new ObjectMapper());

    @Test
    void aSnapshotTheBrokerRefusedIsSentAgainUntilItIsAcknowledged() {
        failuresLeft.set(2);

        sender.send(EventType.MATCH_SUGGESTIONS_UPDATED, "r-1", new Event("r-1", 2, "10:00"), new State("r-1", 2),
                OffsetDateTime.now());

        await().atMost(Duration.ofSeconds(10)).until(() -> acknowledged.size() == 1);
        assertThat(acknowledged.get(0).getPayload()).contains("\"places\":2");
        assertThat(sender.unacknowledgedCount()).isZero();
    }

    @Test
    void aNewerSnapshotReplacesAnOlderOneThatWasNotAcknowledged() {
        failuresLeft.set(1);

        sender.send(EventType.MATCH_SUGGESTIONS_UPDATED, "r-1", new Event("r-1", 2, "10:00"), new State("r-1", 2),
                OffsetDateTime.now());
        sender.send(EventType.MATCH_SUGGESTIONS_UPDATED, "r-1", new Event("r-1", 3, "10:01"), new State("r-1", 3),
                OffsetDateTime.now());

        await().atMost(Duration.ofSeconds(10)).until(() -> sender.unacknowledgedCount() == 0);
        // The older one failed and is not sent again (its retry was due after 200 ms): the newer one is
        // what the topic must end with.
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(() -> acknowledged.size() == 1);
        assertThat(acknowledged).extracting(Message::getPayload).containsExactly(
                "{\"key\":\"r-1\",\"places\":3,\"at\":\"10:01\"}");
    }

    @Test
    void theSameStateGetsTheSameIdWhenEverItIsMade() {
        sender.send(EventType.MATCH_SUGGESTIONS_UPDATED, "r-1", new Event("r-1", 2, "10:00"), new State("r-1", 2),
                OffsetDateTime.now());
        sender.send(EventType.MATCH_SUGGESTIONS_UPDATED, "r-1", new Event("r-1", 2, "11:00"), new State("r-1", 2),
                OffsetDateTime.now());
        sender.send(EventType.MATCH_SUGGESTIONS_UPDATED, "r-1", new Event("r-1", 1, "12:00"), new State("r-1", 1),
                OffsetDateTime.now());

        await().atMost(Duration.ofSeconds(10)).until(() -> acknowledged.size() == 3);
        List<String> ids = acknowledged.stream()
                .map(m -> m.getMetadata(OutgoingCloudEventMetadata.class).orElseThrow().getId()).toList();
        assertThat(ids.get(0)).isEqualTo(ids.get(1));
        assertThat(ids.get(2)).isNotEqualTo(ids.get(0));
    }
}
