package fi.polku.intake.domain;

/** What a client lookup was made by. */
public enum LookupKind {
    IDENTITY_CODE,
    NAME_AND_BIRTH_DATE
}
