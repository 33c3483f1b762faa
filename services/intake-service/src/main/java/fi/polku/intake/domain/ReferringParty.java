package fi.polku.intake.domain;

/** The referring parties seen in the model. */
public enum ReferringParty {
    TE_SERVICES,
    MUNICIPAL_EMPLOYMENT_SERVICES,
    KELA,
    PENSION_INSTITUTION,
    NGO,
    SERVICE_PRODUCER,
    OCCUPATIONAL_HEALTH_CARE,
    CRIMINAL_SANCTIONS_AGENCY,
    YOUTH_SERVICES,
    EDUCATION_SERVICES,
    SOCIAL_AND_HEALTH_SERVICES
}
