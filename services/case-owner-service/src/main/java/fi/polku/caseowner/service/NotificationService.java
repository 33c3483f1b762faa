package fi.polku.caseowner.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.caseowner.domain.Addressee;
import fi.polku.caseowner.domain.DueReminder;
import fi.polku.caseowner.domain.FollowUp;
import fi.polku.caseowner.domain.KnownClient;
import fi.polku.caseowner.domain.Notification;
import fi.polku.caseowner.domain.NotificationRule;
import fi.polku.caseowner.domain.ProfessionalRole;
import fi.polku.caseowner.domain.ReferralState;
import fi.polku.caseowner.domain.ReferredService;
import fi.polku.caseowner.repository.AssignmentRepository;
import fi.polku.caseowner.repository.DueReminderRepository;
import fi.polku.caseowner.repository.FollowUpRepository;
import fi.polku.caseowner.repository.KnownClientRepository;
import fi.polku.caseowner.repository.NotificationRepository;
import fi.polku.caseowner.repository.ProfessionalRepository;
import fi.polku.caseowner.repository.ReferralStateRepository;
import fi.polku.platform.events.CloudEvent;

/**
 * Turns events and reminders that fall due into notifications, by {@link NotificationRule}: resolves the recipients
 * (the client's case owner, the municipality's work-ability coordinators, a follow-up's professional, a referral's
 * sender, a provider's coach or coordinators), writes each notification once (by its source: the event id or the
 * reminder) and hands it to every {@link NotificationChannel}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NotificationService {

    private final NotificationRepository notifications;
    private final AssignmentRepository assignments;
    private final ProfessionalRepository professionals;
    private final KnownClientRepository knownClients;
    private final FollowUpRepository followUps;
    private final ReferralStateRepository referrals;
    private final DueReminderRepository dueReminders;
    private final Instance<NotificationChannel> channels;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, AssignmentRepository assignments,
            ProfessionalRepository professionals, KnownClientRepository knownClients, FollowUpRepository followUps,
            ReferralStateRepository referrals, DueReminderRepository dueReminders,
            Instance<NotificationChannel> channels, Clock clock) {
        this.dueReminders = dueReminders;
        this.notifications = notifications;
        this.assignments = assignments;
        this.professionals = professionals;
        this.knownClients = knownClients;
        this.followUps = followUps;
        this.referrals = referrals;
        this.channels = channels;
        this.clock = clock;
    }

    public void onEvent(CloudEvent event) {
        JsonNode data = event.data();
        NotificationRule.forEvent(event.simpleType(), data).ifPresent(rule -> {
            UUID client = UUID.fromString(event.subject());
            Set<Addressee> recipients = switch (rule.recipient()) {
                case CASE_OWNER, FOLLOW_UP_PROFESSIONAL -> caseOwnerOf(client);
                case MUNICIPALITY_COORDINATORS -> coordinatorsOf(client, data.path("municipalityCode").asText(null));
                case REFERRAL_SENDER -> senderOf(data);
                case CASE_OWNER_AND_REFERRAL_SENDER -> union(caseOwnerOf(client), senderOf(data));
                case REFERRAL_RECEIVER -> receiversOf(client);
                case SENDING_COACH -> sendingCoachOf(data);
                // reminders scheduled by coaching's events, addressed when scheduled (DueReminderSchedules)
                case COACH, PROVIDER_COORDINATORS -> Set.of();
            };
            UUID reference = rule.reference(data).map(UUID::fromString).orElse(null);
            for (Addressee recipient : recipients) {
                notify(recipient, rule, client, event.type(), reference, rule.code(data).orElse(null), event.time(),
                        event.id());
            }
        });
    }

    /**
     * Reminders due at {@code now}: follow-up contacts due, referrals not answered by their answer day, follow-along
     * contacts and fidelity reviews due.
     */
    public void remind(OffsetDateTime now) {
        for (FollowUp followUp : followUps.openDueBefore(now.toLocalDate().plusDays(1), null)) {
            Set<Addressee> recipients = followUp.professionalId != null
                    ? Set.of(Addressee.professional(followUp.professionalId)) : caseOwnerOf(followUp.clientId);
            recipients.forEach(recipient -> notify(recipient, NotificationRule.FOLLOW_UP_DUE, followUp.clientId,
                    null, followUp.id, null, followUp.dueDate.atStartOfDay().atOffset(ZoneOffset.UTC),
                    "follow-up:" + followUp.id));
        }
        for (ReferralState referral : referrals.unansweredNotNotified(now.toLocalDate())) {
            Set<Addressee> recipients = referral.service == ReferredService.CASE_OWNER
                    ? receiversOf(referral.clientId) : caseOwnerOf(referral.clientId);
            recipients.forEach(recipient -> notify(recipient,
                    NotificationRule.REFERRAL_UNANSWERED, referral.clientId, null, referral.referralId, null,
                    referral.answerDueBy.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC),
                    "referral-unanswered:" + referral.referralId));
            referral.unansweredNotifiedAt = now;
        }
        for (DueReminder reminder : dueReminders.dueNotNotified(now.toLocalDate())) {
            notify(reminder.addressee(), reminder.rule, reminder.clientId, null, reminder.referenceId, reminder.code,
                    reminder.dueOn.atStartOfDay().atOffset(ZoneOffset.UTC), reminder.sourceKey);
            reminder.notifiedAt = now;
        }
    }

    private void notify(Addressee recipient, NotificationRule rule, UUID client, String eventType, UUID reference,
            String code, OffsetDateTime occurredAt, String sourceKey) {
        if (notifications.exists(recipient, sourceKey)) {
            return;
        }
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.addressTo(recipient);
        notification.rule = rule;
        notification.clientId = client;
        notification.eventType = eventType;
        notification.referenceId = reference;
        notification.code = code;
        notification.occurredAt = occurredAt;
        notification.createdAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        notification.sourceKey = sourceKey;
        notifications.persist(notification);
        channels.forEach(channel -> channel.deliver(notification));
    }

    private Set<Addressee> caseOwnerOf(UUID client) {
        return assignments.findByIdOptional(client).map(a -> a.professionalId).map(Addressee::professional)
                .map(Set::of).orElse(Set.of());
    }

    /** Who answers a referral back to the case owner: the case owner, else the municipality's coordinators. */
    private Set<Addressee> receiversOf(UUID client) {
        Set<Addressee> owner = caseOwnerOf(client);
        return owner.isEmpty() ? coordinatorsOf(client, null) : owner;
    }

    private Set<Addressee> senderOf(JsonNode data) {
        return NotificationRule.sender(data).flatMap(professionals::findByUserId)
                .map(sender -> Addressee.professional(sender.id)).map(Set::of).orElse(Set.of());
    }

    private static Set<Addressee> sendingCoachOf(JsonNode data) {
        return NotificationRule.senderOrganisation(data).flatMap(organisation -> NotificationRule.sender(data)
                .map(user -> Addressee.login(organisation, user))).map(Set::of).orElse(Set.of());
    }

    private static Set<Addressee> union(Set<Addressee> first, Set<Addressee> second) {
        Set<Addressee> both = new LinkedHashSet<>(first);
        both.addAll(second);
        return both;
    }

    private Set<Addressee> coordinatorsOf(UUID client, String municipality) {
        String code = Optional.ofNullable(municipality)
                .or(() -> knownClients.findByIdOptional(client).map(known -> known.municipalityCode)).orElse(null);
        if (code == null) {
            return Set.of();
        }
        Set<Addressee> coordinators = new LinkedHashSet<>();
        professionals.candidatesFor(code, Set.of(ProfessionalRole.WORK_ABILITY_COORDINATOR))
                .forEach(candidate -> coordinators.add(Addressee.professional(candidate.professionalId())));
        return coordinators;
    }
}
