package fi.polku.caseowner.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.Notification;
import fi.polku.caseowner.domain.Professional;
import fi.polku.caseowner.repository.NotificationRepository;
import fi.polku.caseowner.repository.ProfessionalRepository;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;

/** The caller's own notifications: found by the professional whose userId is the token's subject, nobody else's. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NotificationFeed {

    private final NotificationRepository notifications;
    private final ProfessionalRepository professionals;
    private final Caller caller;
    private final Clock clock;

    public NotificationFeed(NotificationRepository notifications, ProfessionalRepository professionals, Caller caller,
            Clock clock) {
        this.notifications = notifications;
        this.professionals = professionals;
        this.caller = caller;
        this.clock = clock;
    }

    public Page<Notification> mine(Boolean read, PageRequest page) {
        return notifications.feed(me().id, read, page);
    }

    /** Marks one of the caller's notifications read; marking it again keeps the first time. */
    public Notification markRead(UUID id) {
        Professional me = me();
        Notification notification = notifications.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Notification", id));
        if (!notification.recipientId.equals(me.id)) {
            throw ProblemException.forbidden("A notification is read only by its recipient");
        }
        if (notification.readAt == null) {
            notification.readAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
            notifications.flush();
        }
        return notification;
    }

    private Professional me() {
        return professionals.findByUserId(caller.subject())
                .orElseThrow(() -> ProblemException.notFound("Professional with user id", caller.subject()));
    }
}
