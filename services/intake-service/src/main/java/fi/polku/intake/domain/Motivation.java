package fi.polku.intake.domain;

/** The client's own motivation and will to work: "what matters most" (seed 004). */
public enum Motivation {
    MOTIVATED,
    AMBIVALENT,
    NOT_MOTIVATED
}
