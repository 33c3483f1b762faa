package fi.polku.assessment.domain;

/**
 * Why a work-ability team declines a referral: the code goes into the event, a free-text note stays in the database.
 * {@link #FURTHER_INVESTIGATIONS_FIRST} is the intake model's other path (seed 003: book further investigations
 * first when the team cannot yet assess); {@link #NOT_IN_TARGET_GROUP} is for a client outside the service's target
 * group (seed 004).
 */
public enum AssessmentDeclineReason {
    NO_CAPACITY,
    NOT_IN_TARGET_GROUP,
    FURTHER_INVESTIGATIONS_FIRST,
    NO_CONSENT,
    CLIENT_UNREACHABLE,
    OTHER
}
