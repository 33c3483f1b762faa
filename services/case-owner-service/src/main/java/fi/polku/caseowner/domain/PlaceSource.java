package fi.polku.caseowner.domain;

/** What told this service where a client is: another service's event, its own closure or reopening, or a person. */
public enum PlaceSource {
    CLIENT_REGISTERED,
    ASSESSMENT_SCHEDULED,
    ASSESSMENT_CONCLUDED,
    ASSESSMENT_CANCELLED,
    COACHING_STARTED,
    COACHING_ENDED,
    JOB_STARTED,
    CLIENTSHIP_CLOSED,
    CLIENTSHIP_REOPENED,
    /** The case owner's (or a coordinator's) entry, from what was agreed with the client. */
    CASE_OWNER,
    /** The place the client's stage implied when this service began recording places. */
    STAGE_BEFORE_PLACES
}
