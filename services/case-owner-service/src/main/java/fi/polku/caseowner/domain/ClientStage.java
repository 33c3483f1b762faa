package fi.polku.caseowner.domain;

/** Where the client is on their path, as this service learns it from the other services' events. */
public enum ClientStage {
    REGISTERED,
    SCREENED,
    ASSESSMENT_SCHEDULED,
    ASSESSMENT_CONCLUDED,
    IN_COACHING,
    COACHING_ENDED,
    CLOSED
}
