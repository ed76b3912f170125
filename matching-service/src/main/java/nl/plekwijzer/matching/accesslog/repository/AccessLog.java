package nl.plekwijzer.matching.accesslog.repository;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.foundation.security.Caller;

/** Every read of a youth's data in matching: whose suggestions, or which waiting-list cluster, by whom and why. */
@ApplicationScoped
public class AccessLog {

    private final Pool pool;

    public AccessLog(Pool pool) {
        this.pool = pool;
    }

    /** @param requestId the request whose suggestions were read, or null; @param clusterId the cluster read, or null */
    public Uni<Void> record(Caller reader, UUID requestId, UUID clusterId, String purpose) {
        return pool.preparedQuery("INSERT INTO access_log (actor_subject, actor_role, on_behalf_of, request_id,"
                + " cluster_id, purpose, read_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                .execute(Tuple.from(new Object[] { reader.userName(), reader.readingRole(), reader.onBehalfOf(),
                        requestId, clusterId, purpose, OffsetDateTime.now() }))
                .replaceWithVoid();
    }
}
