package fi.polku.coaching.domain;

/** The five phases of IPS coaching, in order, all done by the same coach (fidelity item 3). */
public enum Phase {
    ENGAGEMENT,
    VOCATIONAL_PROFILE,
    JOB_SEARCH,
    EMPLOYER_AGREEMENT,
    JOB_SUPPORT
}
