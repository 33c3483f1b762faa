package fi.polku.intake.domain;

/** What a lookup by identity code answered. */
public enum LookupOutcome {
    FOUND,
    NOT_FOUND,
    /** Refused: the caller had made more lookups than allowed in the window; a burst for the auditor to review. */
    RATE_LIMITED
}
