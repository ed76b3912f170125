package nl.plekwijzer.notification.inbox;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Flow.Processor;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/** New notifications as they are stored, for the callers following their inbox live (SSE). */
@ApplicationScoped
public class NotificationStream {

    /** Serialized: consumers on several event loops publish at once. */
    private final Processor<Notification, Notification> stored = BroadcastProcessor.<Notification> create().serialized();

    /** Called after the transaction that stored them committed. */
    public void published(List<Notification> notifications) {
        notifications.forEach(stored::onNext);
    }

    /** The notifications addressed to any of these recipient keys, from now on. */
    public Multi<Notification> to(Set<String> recipients) {
        return Multi.createFrom().publisher(stored).filter(n -> recipients.contains(n.recipient()));
    }
}
