package fi.polku.coaching.domain;

/** The three parts of the ELY centre's payment to a provider (003 §6.1). */
public enum FeeType {
    /** aloituspalkkio: when coaching starts */
    START,
    /** ohjauspalkkio: guidance to another service (sick leave, pension, work trial, …) */
    GUIDANCE,
    /** tulospalkkio: employment in the open labour market */
    RESULT
}
