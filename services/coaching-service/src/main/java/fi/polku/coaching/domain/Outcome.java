package fi.polku.coaching.domain;

/**
 * Where coaching led (003, LIITE 6). An outcome is an event in the episode's life, not its end: the coach's support
 * goes on ("Omatyöntekijän ja työhönvalmentajan tuki säilyy vielä tarvittaessa").
 */
public enum Outcome {
    WORK_TRIAL,
    TE_SERVICES,
    PAID_WORK,
    PAY_SUBSIDISED_WORK,
    STUDIES,
    REHABILITATION,
    SICK_LEAVE,
    PENSION
}
