package fi.polku.caseowner.domain;

import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which events notify whom: the one rule table of the notification feed (README "Notifications"). A rule names the
 * event type it listens to (or none, for a reminder that falls due), who hears of it, the data field whose id the
 * notification refers to and the data field whose code it carries; a referral's rules also name the statuses it
 * moved to. Notifications hold codes and ids only.
 */
public enum NotificationRule {
    CONSENT_WITHDRAWN("ConsentWithdrawn", Recipient.CASE_OWNER, "consentId", "purpose"),
    /** A coaching provider declined a referral. */
    REFERRAL_DECLINED("CoachingReferralStatusChanged", Set.of("DECLINED"), Recipient.CASE_OWNER_AND_REFERRAL_SENDER,
            "referralId", "reasonCode"),
    REFERRAL_ACCEPTED("CoachingReferralStatusChanged", Set.of("ACCEPTED"), Recipient.REFERRAL_SENDER, "referralId", null),
    /** A work-ability team declined a case owner's referral to assessment. */
    ASSESSMENT_REFERRAL_DECLINED("AssessmentReferralStatusChanged", Set.of("DECLINED"),
            Recipient.CASE_OWNER_AND_REFERRAL_SENDER, "referralId", "reasonCode"),
    ASSESSMENT_REFERRAL_ACCEPTED("AssessmentReferralStatusChanged", Set.of("ACCEPTED"), Recipient.REFERRAL_SENDER,
            "referralId", null),
    /** A job coach referred a client back to the case owner: the receiver hears of it, with the reason code. */
    CASE_OWNER_REFERRAL_RECEIVED("CaseOwnerReferralStatusChanged", Set.of("REQUESTED"), Recipient.REFERRAL_RECEIVER,
            "referralId", "reasonCode"),
    /** The coach cancelled their referral back: the receiver hears of it. */
    CASE_OWNER_REFERRAL_CANCELLED("CaseOwnerReferralStatusChanged", Set.of("CANCELLED"), Recipient.REFERRAL_RECEIVER,
            "referralId", null),
    /** The receiver declined a coach's referral back: the coach hears of it, with the decline's reason code. */
    CASE_OWNER_REFERRAL_DECLINED("CaseOwnerReferralStatusChanged", Set.of("DECLINED"), Recipient.SENDING_COACH,
            "referralId", "declineReasonCode"),
    /** The receiver moved a coach's referral back on: the coach hears of it, with the new status. */
    CASE_OWNER_REFERRAL_MOVED("CaseOwnerReferralStatusChanged", Set.of("ACCEPTED", "IN_PROGRESS", "COMPLETED"),
            Recipient.SENDING_COACH, "referralId", "status"),
    /** A reminder: a coaching, assessment or coaching → case owner referral still REQUESTED after its answer day. */
    REFERRAL_UNANSWERED(null, Recipient.CASE_OWNER, "referralId", null),
    ASSESSMENT_CONCLUDED("AssessmentConcluded", Recipient.CASE_OWNER, "assessmentId", "workAbilityEstimate"),
    COACHING_STARTED("CoachingStarted", Recipient.CASE_OWNER, "episodeId", null),
    COACHING_ENDED("CoachingEnded", Recipient.CASE_OWNER, "episodeId", "endReason"),
    JOB_STARTED("JobStarted", Recipient.CASE_OWNER, "jobId", "kind"),
    JOB_ENDED("JobEnded", Recipient.CASE_OWNER, "jobId", "kind"),
    /** A reminder: the follow-up contact after closure is due. */
    FOLLOW_UP_DUE(null, Recipient.FOLLOW_UP_PROFESSIONAL, null, null),
    CLIENT_WITHOUT_CASE_OWNER("CaseOwnerUnavailable", Recipient.MUNICIPALITY_COORDINATORS, null, null),
    /**
     * A reminder: a follow-along contact of a coached client's job falls due (its window opens), as coaching's
     * FollowAlongContactsScheduled tells; the code is the contact's kind.
     */
    FOLLOW_ALONG_CONTACT_DUE(null, Recipient.COACH, "jobId", "kind"),
    /** A reminder: a provider's next fidelity review is due, as coaching's FidelityReviewScheduled tells. */
    FIDELITY_REVIEW_DUE(null, Recipient.PROVIDER_COORDINATORS, "providerId", "interval");

    /** Who hears of it. */
    public enum Recipient {
        /** The client's current case owner. */
        CASE_OWNER,
        /** The active work-ability coordinators serving the client's municipality. */
        MUNICIPALITY_COORDINATORS,
        /** The professional the follow-up is assigned to, else the client's case owner. */
        FOLLOW_UP_PROFESSIONAL,
        /** The professional who sent the referral: the one whose userId is the event's {@code sentBy}. */
        REFERRAL_SENDER,
        /** Both the client's case owner and the referral's sender (one notification when they are the same). */
        CASE_OWNER_AND_REFERRAL_SENDER,
        /**
         * Who answers a referral back to the case owner: the client's case owner, or while there is none the active
         * work-ability coordinators serving the client's municipality.
         */
        REFERRAL_RECEIVER,
        /**
         * The job coach who sent a referral back: the login {@code sentBy} of the organisation
         * {@code providerOrganisation} (a provider's coach, outside the professional register).
         */
        SENDING_COACH,
        /**
         * The coach of a follow-along contact: their login in the provider's organisation, or the provider's
         * coordinators when coaching knows no login of the coach.
         */
        COACH,
        /** The coordinators of a provider's organisation (token role coordinator, {@code org} the business ID). */
        PROVIDER_COORDINATORS
    }

    private static final String SENDER_FIELD = "sentBy";
    private static final String SENDER_ORGANISATION_FIELD = "providerOrganisation";

    private final String eventType;
    private final Set<String> statuses;
    private final Recipient recipient;
    private final String referenceField;
    private final String codeField;

    NotificationRule(String eventType, Recipient recipient, String referenceField, String codeField) {
        this(eventType, null, recipient, referenceField, codeField);
    }

    /** A rule for the events of a type whose {@code status} is one of those given. */
    NotificationRule(String eventType, Set<String> statuses, Recipient recipient, String referenceField,
            String codeField) {
        this.eventType = eventType;
        this.statuses = statuses;
        this.recipient = recipient;
        this.referenceField = referenceField;
        this.codeField = codeField;
    }

    /** The rule for an event of this type and data, if any notifies. */
    public static Optional<NotificationRule> forEvent(String simpleType, JsonNode data) {
        for (NotificationRule rule : values()) {
            if (simpleType.equals(rule.eventType) && rule.applies(data)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private boolean applies(JsonNode data) {
        return statuses == null || statuses.contains(data.path("status").asText());
    }

    public String eventType() {
        return eventType;
    }

    public Recipient recipient() {
        return recipient;
    }

    /** The id the notification refers to, from the event's data. */
    public Optional<String> reference(JsonNode data) {
        return text(data, referenceField);
    }

    /** The code the notification carries, from the event's data. */
    public Optional<String> code(JsonNode data) {
        return text(data, codeField);
    }

    /** The user id of the referral's sender, from the event's data. */
    public static Optional<String> sender(JsonNode data) {
        return text(data, SENDER_FIELD);
    }

    /** The organisation of the referral's sender, from the event's data. */
    public static Optional<String> senderOrganisation(JsonNode data) {
        return text(data, SENDER_ORGANISATION_FIELD);
    }

    private static Optional<String> text(JsonNode data, String field) {
        if (field == null || !data.hasNonNull(field)) {
            return Optional.empty();
        }
        return Optional.of(data.get(field).asText());
    }
}
