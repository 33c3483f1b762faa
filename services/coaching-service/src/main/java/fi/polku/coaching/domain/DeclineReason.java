package fi.polku.coaching.domain;

/** Why a provider declines a referral: the code goes into the event; a free-text note stays in the database. */
public enum DeclineReason {
    NO_CAPACITY,
    NOT_SUITABLE,
    NO_CONSENT,
    CLIENT_UNREACHABLE,
    OTHER
}
