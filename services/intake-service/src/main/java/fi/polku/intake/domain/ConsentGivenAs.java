package fi.polku.intake.domain;

/** How a consent, or its withdrawal, was given. */
public enum ConsentGivenAs {
    SIGNED_FORM,
    VERBAL,
    ELECTRONIC
}
