package fi.polku.caseowner.domain;

/**
 * Where a coach's referral of a client back to the case owner stands; the receiver moves it (FHIR's referral
 * pattern: a {@code Task} whose status the receiver moves). {@link CaseOwnerReferralRules} says which move is allowed.
 */
public enum CaseOwnerReferralStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED
}
