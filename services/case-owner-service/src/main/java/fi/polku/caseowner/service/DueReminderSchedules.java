package fi.polku.caseowner.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.Addressee;
import fi.polku.caseowner.domain.DueReminder;
import fi.polku.caseowner.domain.NotificationRule;
import fi.polku.caseowner.messaging.FidelityReviewScheduled;
import fi.polku.caseowner.messaging.FollowAlongContactsScheduled;
import fi.polku.caseowner.repository.DueReminderRepository;

/**
 * Keeps the reminders coaching schedules with its events, for {@link NotificationService#remind}: each follow-along
 * contact still to be kept, for the episode's coach (their login in the provider's organisation; the provider's
 * coordinators when the coach has none), due when its window opens; the provider's next fidelity review, for the
 * provider's coordinators, due on its day. A newer schedule replaces the reminders of the older one that have not
 * been notified; one already notified is never notified again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DueReminderSchedules {

    private final DueReminderRepository reminders;

    public DueReminderSchedules(DueReminderRepository reminders) {
        this.reminders = reminders;
    }

    public void onFollowAlong(FollowAlongContactsScheduled schedule) {
        String key = "episode:" + schedule.episodeId();
        if (!replaces(key, schedule.scheduledAt())) {
            return;
        }
        Addressee coach = schedule.userId() == null ? Addressee.coordinatorsOf(schedule.providerOrganisation())
                : Addressee.login(schedule.providerOrganisation(), schedule.userId());
        for (FollowAlongContactsScheduled.Contact contact : schedule.contacts()) {
            add(key, NotificationRule.FOLLOW_ALONG_CONTACT_DUE, "follow-along:" + schedule.episodeId() + ":"
                    + contact.jobId() + ":" + contact.kind() + ":" + contact.sequence(), schedule.clientId(),
                    contact.jobId(), contact.kind(), contact.windowStart(), coach, schedule.scheduledAt());
        }
    }

    public void onFidelityReview(FidelityReviewScheduled schedule) {
        String key = "provider:" + schedule.providerId();
        if (!replaces(key, schedule.scheduledAt())) {
            return;
        }
        add(key, NotificationRule.FIDELITY_REVIEW_DUE, "fidelity-review:" + schedule.providerId() + ":"
                + schedule.nextReviewDue(), null, schedule.providerId(), schedule.interval(), schedule.nextReviewDue(),
                Addressee.coordinatorsOf(schedule.providerOrganisation()), schedule.scheduledAt());
    }

    /** Whether the schedule is newer than the one known; if so, the known one's pending reminders are dropped. */
    private boolean replaces(String scheduleKey, OffsetDateTime scheduledAt) {
        Optional<OffsetDateTime> known = reminders.scheduledAt(scheduleKey);
        if (known.isPresent() && known.get().isAfter(scheduledAt)) {
            return false;
        }
        reminders.dropPending(scheduleKey);
        return true;
    }

    private void add(String scheduleKey, NotificationRule rule, String sourceKey, UUID clientId, UUID referenceId,
            String code, LocalDate dueOn, Addressee addressee, OffsetDateTime scheduledAt) {
        if (reminders.findByIdOptional(sourceKey).isPresent()) {
            return;
        }
        DueReminder reminder = new DueReminder();
        reminder.sourceKey = sourceKey;
        reminder.rule = rule;
        reminder.scheduleKey = scheduleKey;
        reminder.clientId = clientId;
        reminder.referenceId = referenceId;
        reminder.code = code;
        reminder.dueOn = dueOn;
        reminder.recipientOrganisation = addressee.organisation();
        reminder.recipientUser = addressee.user();
        reminder.scheduledAt = scheduledAt;
        reminders.persist(reminder);
    }
}
