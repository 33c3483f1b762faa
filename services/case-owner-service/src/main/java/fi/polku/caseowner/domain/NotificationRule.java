package fi.polku.caseowner.domain;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which events notify whom: the one rule table of the notification feed (README "Notifications"). A rule names the
 * event type it listens to (or none, for a reminder that falls due), who hears of it, the data field whose id the
 * notification refers to and the data field whose code it carries; a referral's rules also name the status it
 * moved to. Notifications hold codes and ids only.
 */
public enum NotificationRule {
    CONSENT_WITHDRAWN("ConsentWithdrawn", Recipient.CASE_OWNER, "consentId", "purpose"),
    /** A coaching provider declined a referral. */
    REFERRAL_DECLINED("CoachingReferralStatusChanged", "DECLINED", Recipient.CASE_OWNER_AND_REFERRAL_SENDER,
            "referralId", "reasonCode"),
    REFERRAL_ACCEPTED("CoachingReferralStatusChanged", "ACCEPTED", Recipient.REFERRAL_SENDER, "referralId", null),
    /** A work-ability team declined a case owner's referral to assessment. */
    ASSESSMENT_REFERRAL_DECLINED("AssessmentReferralStatusChanged", "DECLINED",
            Recipient.CASE_OWNER_AND_REFERRAL_SENDER, "referralId", "reasonCode"),
    ASSESSMENT_REFERRAL_ACCEPTED("AssessmentReferralStatusChanged", "ACCEPTED", Recipient.REFERRAL_SENDER,
            "referralId", null),
    /** A reminder: a coaching or assessment referral still REQUESTED after its answer day. */
    REFERRAL_UNANSWERED(null, Recipient.CASE_OWNER, "referralId", null),
    ASSESSMENT_CONCLUDED("AssessmentConcluded", Recipient.CASE_OWNER, "assessmentId", "workAbilityEstimate"),
    COACHING_STARTED("CoachingStarted", Recipient.CASE_OWNER, "episodeId", null),
    COACHING_ENDED("CoachingEnded", Recipient.CASE_OWNER, "episodeId", "endReason"),
    JOB_STARTED("JobStarted", Recipient.CASE_OWNER, "jobId", "kind"),
    JOB_ENDED("JobEnded", Recipient.CASE_OWNER, "jobId", "kind"),
    /** A reminder: the follow-up contact after closure is due. */
    FOLLOW_UP_DUE(null, Recipient.FOLLOW_UP_PROFESSIONAL, null, null),
    CLIENT_WITHOUT_CASE_OWNER("CaseOwnerUnavailable", Recipient.MUNICIPALITY_COORDINATORS, null, null);

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
        CASE_OWNER_AND_REFERRAL_SENDER
    }

    private static final String SENDER_FIELD = "sentBy";

    private final String eventType;
    private final String status;
    private final Recipient recipient;
    private final String referenceField;
    private final String codeField;

    NotificationRule(String eventType, Recipient recipient, String referenceField, String codeField) {
        this(eventType, null, recipient, referenceField, codeField);
    }

    /** A rule for the events of a type whose {@code status} is the one given. */
    NotificationRule(String eventType, String status, Recipient recipient, String referenceField, String codeField) {
        this.eventType = eventType;
        this.status = status;
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
        return status == null || status.equals(data.path("status").asText());
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

    private static Optional<String> text(JsonNode data, String field) {
        if (field == null || !data.hasNonNull(field)) {
            return Optional.empty();
        }
        return Optional.of(data.get(field).asText());
    }
}
