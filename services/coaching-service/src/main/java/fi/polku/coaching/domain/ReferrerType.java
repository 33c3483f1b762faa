package fi.polku.coaching.domain;

/** Who referred the client: anyone may (zero exclusion, fidelity item 9), the client too. */
public enum ReferrerType {
    WORK_ABILITY_TEAM,
    SOCIAL_WELFARE_OWN_WORKER,
    EMPLOYMENT_SERVICES_OWN_COACH,
    REHABILITATIVE_WORK_ACTIVITY_INSTRUCTOR,
    CASE_OWNER,
    INTAKE,
    CLIENT_SELF,
    OTHER
}
