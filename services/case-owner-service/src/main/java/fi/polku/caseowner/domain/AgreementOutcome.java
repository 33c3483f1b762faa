package fi.polku.caseowner.domain;

/** What became of a case owner agreed in a work-ability assessment. */
public enum AgreementOutcome {
    /** The agreed professional became the case owner. */
    APPLIED,
    /** The agreed professional already was the case owner. */
    ALREADY_OWNER,
    /** Not applied; the coordinator decides (the gap watch lists it with the reason). */
    NOT_APPLIED
}
