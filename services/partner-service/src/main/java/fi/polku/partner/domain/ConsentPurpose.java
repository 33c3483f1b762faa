package fi.polku.partner.domain;

/**
 * The consent purposes a subscription's deliveries can rest on: intake's purposes of client service (not the
 * anonymous DEVELOPMENT_AND_REPORTING, which names no one who may receive a client's events).
 */
public enum ConsentPurpose {
    SERVICE_COORDINATION,
    WORK_ABILITY_ASSESSMENT,
    SUPPORTED_EMPLOYMENT_COACHING,
    REHABILITATIVE_WORK_ACTIVITY
}
