package fi.polku.assessment.domain;

/**
 * Where a case owner's referral to a work-ability team stands; the receiving team moves it (FHIR's referral pattern:
 * a {@code Task} whose status the receiver moves). {@link AssessmentReferralRules} says which move is allowed.
 */
public enum AssessmentReferralStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED
}
