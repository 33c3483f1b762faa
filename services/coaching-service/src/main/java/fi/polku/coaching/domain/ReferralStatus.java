package fi.polku.coaching.domain;

/**
 * Where a referral to a coaching provider stands; the receiving provider moves it (FHIR's referral pattern: a
 * {@code Task} whose status the receiver moves): REQUESTED → ACCEPTED | DECLINED, ACCEPTED → IN_PROGRESS when the
 * episode starts, IN_PROGRESS → COMPLETED when it ends; the sender may cancel while coaching has not started.
 */
public enum ReferralStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    /** Whether the referral may still move: DECLINED, COMPLETED and CANCELLED are final. */
    public boolean isFinal() {
        return this == DECLINED || this == COMPLETED || this == CANCELLED;
    }
}
