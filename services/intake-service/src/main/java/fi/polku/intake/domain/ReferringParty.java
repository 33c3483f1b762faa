package fi.polku.intake.domain;

/** The referring parties seen in the model, and {@link #SELF_REFERRAL} for a client who came on their own. */
public enum ReferringParty {
    /** Nobody referred the client: the only party of channel SELF_CONTACT. */
    SELF_REFERRAL,
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
