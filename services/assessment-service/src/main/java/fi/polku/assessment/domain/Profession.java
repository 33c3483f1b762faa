package fi.polku.assessment.domain;

/** The professions of a multi-professional work-ability team (työkykytiimi). */
public enum Profession {
    PHYSICIAN,
    PUBLIC_HEALTH_NURSE,
    SOCIAL_WORKER,
    PHYSIOTHERAPIST,
    PSYCHOLOGIST,
    OCCUPATIONAL_THERAPIST,
    JOB_COACH,
    WORK_ABILITY_COORDINATOR
}
