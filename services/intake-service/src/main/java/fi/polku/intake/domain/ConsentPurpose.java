package fi.polku.intake.domain;

/** What the data exchanged under a consent may be used for. */
public enum ConsentPurpose {
    /** Exchange of the data needed to coordinate the client's service package between the parties. */
    SERVICE_COORDINATION,
    WORK_ABILITY_ASSESSMENT,
    SUPPORTED_EMPLOYMENT_COACHING,
    REHABILITATIVE_WORK_ACTIVITY,
    /** Anonymous documentation of the service for development and reporting, as in the pilot's consent form. */
    DEVELOPMENT_AND_REPORTING
}
