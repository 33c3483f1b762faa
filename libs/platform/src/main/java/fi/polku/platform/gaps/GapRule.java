package fi.polku.platform.gaps;

/**
 * The one vocabulary of gaps, the ways a client falls between services (the pilots' "ping-pong"), shared by the
 * case-owner service's gap watch ({@code GET /api/v1/gaps}: who, since when) and the reporting service's flow report
 * (how many, now). Each flags the rules its own data shows: the gap watch those about case ownership, contact,
 * follow-up, unanswered or declined coaching and assessment referrals, unanswered referrals back to the case owner
 * and coaching or work trials the activation
 * plan does not record; the flow report no case owner, a coaching referral not started, a missed assessment and an overdue
 * follow-up, each client under the first that applies.
 */
public enum GapRule {
    /** An open clientship without a case owner (the unassigned queue). */
    NO_CASE_OWNER,
    /** The case owner is inactive (leaving, long absence). */
    OWNER_INACTIVE,
    /** The case owner has more clients than their maximum caseload. */
    OWNER_OVER_CASELOAD,
    /** Neither a next step nor a contact has been recorded for the configured number of days. */
    NO_RECENT_NEXT_STEP_OR_CONTACT,
    /** An assessment or coaching started and the case owner has not acknowledged it. */
    SERVICE_STARTED_OWNER_NOT_INFORMED,
    /** The clientship closed and its follow-up contact is past its due date. */
    FOLLOW_UP_OVERDUE,
    /** The case owner agreed in a work-ability assessment could not be made the case owner; a person decides. */
    AGREED_CASE_OWNER_NOT_APPLIED,
    /**
     * A coaching referral is older than the flow report's limit and no coaching has started since; in the gap watch, a
     * referral its provider has not answered by its answer day, or has declined, with no other referral sent since.
     */
    COACHING_REFERRAL_NOT_STARTED,
    /**
     * In the gap watch: a case owner's referral to a work-ability team that the team has not answered by its answer
     * day, or has declined, with no other referral to a team sent since.
     */
    ASSESSMENT_REFERRAL_NOT_STARTED,
    /**
     * In the gap watch: a job coach's referral of a client back to the case owner that the receiver (the case owner,
     * or the municipality's coordinators when there is none) has not answered by its answer day.
     */
    CASE_OWNER_REFERRAL_NOT_ANSWERED,
    /** The client did not attend their latest work-ability team assessment. */
    ASSESSMENT_NOT_ATTENDED,
    /**
     * Coaching or a work trial started and the client's activation plan does not record it, as a service or a
     * possibility agreed in advance (seed 003 §4.2: "Ennen tuetun työhönvalmennuksen aloittamista asiakkaan
     * aktivointisuunnitelma tuli päivittää").
     */
    COACHING_WITHOUT_ACTIVATION_PLAN
}
