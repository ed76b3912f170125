package nl.plekwijzer.notification.inbox.repository;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.notification.inbox.Notification;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    @WithSession
    public Uni<List<Notification>> newestFor(List<String> recipients, int limit) {
        return find("recipient in ?1", Sort.descending("createdAt"), recipients).page(Page.ofSize(limit)).list();
    }
}
