package fi.polku.caseowner.repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.DueReminder;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DueReminderRepository implements PanacheRepositoryBase<DueReminder, String> {

    /** When the schedule was last told, if it was. */
    public Optional<OffsetDateTime> scheduledAt(String scheduleKey) {
        return find("scheduleKey = ?1 order by scheduledAt desc", scheduleKey).firstResultOptional()
                .map(reminder -> reminder.scheduledAt);
    }

    /** Drops the schedule's reminders that have not been notified: a newer schedule replaces them. */
    public void dropPending(String scheduleKey) {
        delete("scheduleKey = ?1 AND notifiedAt IS NULL", scheduleKey);
    }

    /** The reminders due on or before the day that have not been notified yet. */
    public List<DueReminder> dueNotNotified(LocalDate today) {
        return list("dueOn <= ?1 AND notifiedAt IS NULL", today);
    }
}
