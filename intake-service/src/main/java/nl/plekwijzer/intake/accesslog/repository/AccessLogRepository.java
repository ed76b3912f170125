package nl.plekwijzer.intake.accesslog.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.intake.accesslog.AccessLogEntry;

@ApplicationScoped
public class AccessLogRepository implements PanacheRepositoryBase<AccessLogEntry, Long> {

    /** Newest first, optionally for one request and/or one actor. */
    @WithSession
    public Uni<List<AccessLogEntry>> search(UUID requestId, String actorSubject, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (requestId != null) {
            conditions.add("requestId = :requestId");
            parameters.put("requestId", requestId);
        }
        if (actorSubject != null) {
            conditions.add("actorSubject = :actor");
            parameters.put("actor", actorSubject);
        }
        Sort newestFirst = Sort.descending("readAt", "id");
        var query = conditions.isEmpty()
                ? findAll(newestFirst)
                : find(String.join(" and ", conditions), newestFirst, parameters);
        return query.page(Page.of(page, size)).list();
    }
}
