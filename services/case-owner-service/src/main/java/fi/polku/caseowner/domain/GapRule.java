package fi.polku.caseowner.domain;

/** Why the gap watch flags a client as at risk of falling between services. */
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
    /** The clientship closed and its follow-up contact is past due. */
    FOLLOW_UP_OVERDUE,
    /** The case owner agreed in a work-ability assessment could not be made the case owner; a person decides. */
    AGREED_CASE_OWNER_NOT_APPLIED
}
