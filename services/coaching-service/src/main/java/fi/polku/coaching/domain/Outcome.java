package fi.polku.coaching.domain;

/** Where coaching led (003, LIITE 6), or that the client discontinued it. */
public enum Outcome {
    WORK_TRIAL,
    TE_SERVICES,
    PAID_WORK,
    PAY_SUBSIDISED_WORK,
    STUDIES,
    REHABILITATION,
    SICK_LEAVE,
    PENSION,
    DISCONTINUED_BY_CLIENT
}
