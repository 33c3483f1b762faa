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

import fi.polku.caseowner.domain.FollowUp;
import fi.polku.caseowner.domain.KnownClient;
import fi.polku.caseowner.domain.Notification;
import fi.polku.caseowner.domain.NotificationRule;
import fi.polku.caseowner.domain.ProfessionalRole;
import fi.polku.caseowner.domain.ReferralState;
import fi.polku.caseowner.repository.AssignmentRepository;
import fi.polku.caseowner.repository.FollowUpRepository;
import fi.polku.caseowner.repository.KnownClientRepository;
import fi.polku.caseowner.repository.NotificationRepository;
import fi.polku.caseowner.repository.ProfessionalRepository;
import fi.polku.caseowner.repository.ReferralStateRepository;
import fi.polku.platform.events.CloudEvent;

/**
 * Turns events and reminders that fall due into notifications, by {@link NotificationRule}: resolves the recipients
 * (the client's case owner, the municipality's work-ability coordinators, a follow-up's professional), writes each
 * notification once (by its source: the event id or the reminder) and hands it to every {@link NotificationChannel}.
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
    private final Instance<NotificationChannel> channels;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, AssignmentRepository assignments,
            ProfessionalRepository professionals, KnownClientRepository knownClients, FollowUpRepository followUps,
            ReferralStateRepository referrals, Instance<NotificationChannel> channels, Clock clock) {
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
            Set<UUID> recipients = switch (rule.recipient()) {
                case CASE_OWNER, FOLLOW_UP_PROFESSIONAL -> caseOwnerOf(client);
                case MUNICIPALITY_COORDINATORS -> coordinatorsOf(client, data.path("municipalityCode").asText(null));
                case REFERRAL_SENDER -> senderOf(data);
                case CASE_OWNER_AND_REFERRAL_SENDER -> union(caseOwnerOf(client), senderOf(data));
            };
            UUID reference = rule.reference(data).map(UUID::fromString).orElse(null);
            for (UUID recipient : recipients) {
                notify(recipient, rule, client, event.type(), reference, rule.code(data).orElse(null), event.time(),
                        event.id());
            }
        });
    }

    /** Reminders due at {@code now}: follow-up contacts due, referrals not answered by their answer day. */
    public void remind(OffsetDateTime now) {
        for (FollowUp followUp : followUps.openDueBefore(now.toLocalDate().plusDays(1), null)) {
            Set<UUID> recipients = followUp.professionalId != null ? Set.of(followUp.professionalId)
                    : caseOwnerOf(followUp.clientId);
            recipients.forEach(recipient -> notify(recipient, NotificationRule.FOLLOW_UP_DUE, followUp.clientId,
                    null, followUp.id, null, followUp.dueDate.atStartOfDay().atOffset(ZoneOffset.UTC),
                    "follow-up:" + followUp.id));
        }
        for (ReferralState referral : referrals.unansweredNotNotified(now.toLocalDate())) {
            caseOwnerOf(referral.clientId).forEach(recipient -> notify(recipient,
                    NotificationRule.REFERRAL_UNANSWERED, referral.clientId, null, referral.referralId, null,
                    referral.answerDueBy.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC),
                    "referral-unanswered:" + referral.referralId));
            referral.unansweredNotifiedAt = now;
        }
    }

    private void notify(UUID recipient, NotificationRule rule, UUID client, String eventType, UUID reference,
            String code, OffsetDateTime occurredAt, String sourceKey) {
        if (notifications.exists(recipient, sourceKey)) {
            return;
        }
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.recipientId = recipient;
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

    private Set<UUID> caseOwnerOf(UUID client) {
        return assignments.findByIdOptional(client).map(a -> a.professionalId).map(Set::of).orElse(Set.of());
    }

    private Set<UUID> senderOf(JsonNode data) {
        return NotificationRule.sender(data).flatMap(professionals::findByUserId).map(sender -> sender.id)
                .map(Set::of).orElse(Set.of());
    }

    private static Set<UUID> union(Set<UUID> first, Set<UUID> second) {
        Set<UUID> both = new LinkedHashSet<>(first);
        both.addAll(second);
        return both;
    }

    private Set<UUID> coordinatorsOf(UUID client, String municipality) {
        String code = Optional.ofNullable(municipality)
                .or(() -> knownClients.findByIdOptional(client).map(known -> known.municipalityCode)).orElse(null);
        if (code == null) {
            return Set.of();
        }
        Set<UUID> coordinators = new LinkedHashSet<>();
        professionals.candidatesFor(code, Set.of(ProfessionalRole.WORK_ABILITY_COORDINATOR))
                .forEach(candidate -> coordinators.add(candidate.professionalId()));
        return coordinators;
    }
}
