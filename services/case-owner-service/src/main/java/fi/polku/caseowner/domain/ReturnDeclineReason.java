package fi.polku.caseowner.domain;

/** Why the receiver declines a coach's referral back (the code goes into the event, a note stays here). */
public enum ReturnDeclineReason {
    /** The receiver sees no reason to interrupt the coaching: it should go on (LIITE 1 item 9, zero exclusion). */
    COACHING_SHOULD_CONTINUE,
    /** The matter is already in hand (e.g. handled with the client in the activation plan). */
    ALREADY_IN_HAND,
    /** The receiver cannot reach the client either. */
    CLIENT_UNREACHABLE,
    /** Anything else; the receiver says what in the note. */
    OTHER
}
