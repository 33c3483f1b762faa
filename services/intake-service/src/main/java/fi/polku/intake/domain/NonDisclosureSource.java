package fi.polku.intake.domain;

/** Where intake learned that a client has a non-disclosure order for personal safety (turvakielto). */
public enum NonDisclosureSource {
    /** The Population Information System (väestötietojärjestelmä) shows the order. */
    POPULATION_REGISTER,
    /** The client told of it. */
    CLIENT_TOLD
}
