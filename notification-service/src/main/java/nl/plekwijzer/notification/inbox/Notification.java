package nl.plekwijzer.notification.inbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One in-app notification for one recipient key. Never carries a youth's personal data. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    @Column(name = "notification_id")
    public UUID notificationId;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String kind;

    /** What it is about, e.g. a unit id. */
    @Column(name = "subject_ref", nullable = false)
    public String subjectRef;

    @Column(nullable = false)
    public String message;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static Notification to(String recipient, String kind, String subjectRef, String message) {
        Notification notification = new Notification();
        notification.notificationId = UUID.randomUUID();
        notification.recipient = recipient;
        notification.kind = kind;
        notification.subjectRef = subjectRef;
        notification.message = message;
        notification.createdAt = OffsetDateTime.now();
        return notification;
    }
}
