package fi.polku.intake.domain;

/** The role a party has in a consent (consent form, seed 003 LIITE 2). */
public enum ConsentPartyRole {
    COACHING_PROVIDER,
    EMPLOYMENT_SERVICES_OWN_COACH,
    SOCIAL_WELFARE_OWN_WORKER,
    REHABILITATIVE_WORK_ACTIVITY_WORKSHOP,
    WORK_ABILITY_TEAM,
    OTHER
}
