package fi.polku.intake.domain;

/** What kind of organisation a register entry is. */
public enum OrganisationKind {
    /** The wellbeing services county running the service package (from configuration). */
    COUNTY,
    MUNICIPALITY,
    /** A state body, e.g. Kela or an ELY centre. */
    STATE_AGENCY,
    COMPANY,
    ASSOCIATION_OR_FOUNDATION
}
