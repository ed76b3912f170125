package nl.plekwijzer.notification.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.foundation.messaging.TransientFailures;
import nl.plekwijzer.notification.config.NotificationConfig;
import nl.plekwijzer.notification.inbox.Notifier;
import nl.plekwijzer.notification.notice.Notice;
import nl.plekwijzer.notification.notice.NotificationRules;
import nl.plekwijzer.notification.watch.WatchRepository;

/**
 * The notices that a moment brings rather than an event: day 21 and the last day of a crisis stay,
 * daily reminders for a stale unit and the coordinators after days, a decision that ends within two
 * weeks. Each occasion's dedupe key makes it once, however often this runs.
 */
@ApplicationScoped
public class NoticeSchedule {

    private final Notifier notifier;
    private final WatchRepository watches;
    private final NotificationConfig config;
    private final Clock clock;

    public NoticeSchedule(Notifier notifier, WatchRepository watches, NotificationConfig config, Clock clock) {
        this.notifier = notifier;
        this.watches = watches;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${plekwijzer.notification.schedule-interval:5m}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        return TransientFailures.untilNextRun("Looking at the clocks for notices", notifier.inTransaction(tx -> {
            List<Notice> notices = new ArrayList<>();
            return watches.crisisStays(tx, today)
                    .invoke(stays -> stays.forEach(stay -> notices.addAll(NotificationRules.crisisClock(stay, today))))
                    .chain(() -> watches.staleUnits(tx))
                    .invoke(units -> units.forEach(unit -> notices.addAll(NotificationRules.staleReminders(unit, now,
                            config.staleDaysForCoordinators()))))
                    .chain(() -> watches.openRequestsWithDecisionEndingBy(tx,
                            today.plusDays(NotificationRules.DECISION_WARNING_DAYS)))
                    .invoke(requests -> requests.forEach(r -> notices.addAll(NotificationRules.decisionExpiring(r,
                            today))))
                    .replaceWith(notices);
        }).replaceWithVoid());
    }
}
