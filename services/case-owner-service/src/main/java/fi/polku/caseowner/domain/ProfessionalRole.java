package fi.polku.caseowner.domain;

/** The roles around a client in the service package (seeds 003 §2.6–2.12). */
public enum ProfessionalRole {
    /** Sosiaalihuollon omatyöntekijä. */
    SOCIAL_WELFARE_OWN_WORKER,
    /** Kuntakokeilun / työllisyyspalvelujen omavalmentaja. */
    EMPLOYMENT_SERVICES_OWN_COACH,
    /** Työkykykoordinaattori. */
    WORK_ABILITY_COORDINATOR,
    /** Kuntouttavan työtoiminnan sosiaaliohjaaja. */
    REHABILITATIVE_WORK_SOCIAL_INSTRUCTOR,
    /** Työhönvalmentaja. */
    JOB_COACH,
    /** Työkykytiimin jäsen. */
    WORK_ABILITY_TEAM_MEMBER
}
