package fi.polku.assessment.domain;

/** The team's work-ability estimate (työkykyarvio). */
public enum WorkAbilityEstimate {
    ABLE_TO_WORK,
    PARTIALLY_ABLE_TO_WORK,
    TEMPORARILY_UNABLE_TO_WORK,
    UNABLE_TO_WORK_DISABILITY_PENSION_TO_BE_ASSESSED,
    UNCLEAR_NEEDS_FURTHER_EXAMINATION
}
