package fi.polku.caseowner.service;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/** Puts reminders into the feed when they fall due, by the service's clock (tests call it at chosen times). */
@ApplicationScoped
public class DueReminders {

    private final NotificationService notifications;
    private final Clock clock;

    public DueReminders(NotificationService notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    @Scheduled(every = "${polku.notifications.reminder-interval:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindNow() {
        remindAt(OffsetDateTime.now(clock));
    }

    @Transactional
    public void remindAt(OffsetDateTime now) {
        notifications.remind(now);
    }
}
