package fi.polku.caseowner.domain;

/** What the follow-up contact found. */
public enum FollowUpOutcome {
    DOING_FINE,
    /** Reopens the clientship, with the same case owner where possible. */
    NEEDS_SERVICES_AGAIN,
    COULD_NOT_REACH
}
