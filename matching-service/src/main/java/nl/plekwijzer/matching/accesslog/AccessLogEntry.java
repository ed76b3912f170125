package nl.plekwijzer.matching.accesslog;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One read of a youth's suggestions. */
@Entity
@Table(name = "access_log")
public class AccessLogEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Column(name = "on_behalf_of")
    public String onBehalfOf;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "read_at", nullable = false)
    public OffsetDateTime readAt;

    public static AccessLogEntry of(String actorSubject, String actorRole, String onBehalfOf, UUID requestId,
            String purpose) {
        AccessLogEntry entry = new AccessLogEntry();
        entry.actorSubject = actorSubject;
        entry.actorRole = actorRole;
        entry.onBehalfOf = onBehalfOf;
        entry.requestId = requestId;
        entry.purpose = purpose;
        entry.readAt = OffsetDateTime.now();
        return entry;
    }
}
