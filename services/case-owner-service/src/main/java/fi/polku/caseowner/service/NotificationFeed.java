package fi.polku.caseowner.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.Addressee;
import fi.polku.caseowner.domain.Notification;
import fi.polku.caseowner.domain.Professional;
import fi.polku.caseowner.repository.NotificationRepository;
import fi.polku.caseowner.repository.NotificationRepository.Reader;
import fi.polku.caseowner.repository.ProfessionalRepository;
import fi.polku.access.ClientAccessConfig;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Roles;

/**
 * The caller's own notifications, nobody else's: those of the professional whose userId is the token's subject (a
 * token of the county's staff organisation: the register's userIds are its subjects), those for the caller's own
 * login in their organisation (a provider's coach), and for a coordinator those for their organisation's
 * coordinators (a provider's coordinator).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NotificationFeed {

    private final NotificationRepository notifications;
    private final ProfessionalRepository professionals;
    private final Caller caller;
    private final Clock clock;
    private final String staffOrganisation;

    public NotificationFeed(NotificationRepository notifications, ProfessionalRepository professionals, Caller caller,
            Clock clock, ClientAccessConfig access) {
        this.notifications = notifications;
        this.professionals = professionals;
        this.caller = caller;
        this.clock = clock;
        this.staffOrganisation = access.staffOrganisation();
    }

    public Page<Notification> mine(Boolean read, PageRequest page) {
        return notifications.feed(reader(), read, page);
    }

    /** Marks one of the caller's notifications read; marking it again keeps the first time. */
    public Notification markRead(UUID id) {
        Reader me = reader();
        Notification notification = notifications.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Notification", id));
        if (!readBy(notification.addressee(), me)) {
            throw ProblemException.forbidden("A notification is read only by its recipient");
        }
        if (notification.readAt == null) {
            notification.readAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
            notifications.flush();
        }
        return notification;
    }

    private static boolean readBy(Addressee addressee, Reader reader) {
        if (addressee.professionalId() != null) {
            return addressee.professionalId().equals(reader.professionalId());
        }
        return addressee.organisation().equals(reader.organisation())
                && (addressee.user() == null ? reader.coordinator() : addressee.user().equals(reader.user()));
    }

    /** 404 for a county professional's role whose login is in no professional record (they should be registered). */
    private Reader reader() {
        Optional<Professional> me = staffOrganisation.equals(caller.organisation())
                ? professionals.findByUserId(caller.subject()) : Optional.empty();
        boolean coordinator = caller.hasRole(Roles.COORDINATOR);
        if (me.isEmpty() && !coordinator && !caller.hasRole(Roles.JOB_COACH)) {
            throw ProblemException.notFound("Professional with user id", caller.subject());
        }
        return new Reader(me.map(professional -> professional.id).orElse(null), caller.organisation(),
                caller.subject(), coordinator);
    }
}
