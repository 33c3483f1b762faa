package fi.polku.caseowner.domain;

/**
 * Why a job coach hands a client back to the case owner (the code list of the coaching → case owner referral; the
 * coach's words stay in this service). The case owner is the one to take it on: seed 003 §2.6, "Omatyöntekijä seuraa
 * asiakkaan etenemistä, koordinoi palvelukokonaisuutta, ohjaa asiakasta tarvittaessa muiden palvelujen pariin".
 */
public enum ReturnReason {
    /** Supported employment is not the right service now (LIITE 7 "oikea-aikainen palvelumuoto" does not hold). */
    SERVICE_NOT_RIGHT_NOW,
    /**
     * The client needs rehabilitation first (seed 003, Sirpa's path: "olisi ollut mahdollista siirtyä myös …
     * kuntoutukseen").
     */
    REHABILITATION_NEEDED,
    /**
     * A benefit matter for the own worker (seed 003 §5: "hänen kannattaa keskustella tuen tarpeestaan omatyöntekijän
     * kanssa").
     */
    BENEFIT_QUESTION,
    /** A crisis in the client's life that needs the case owner's services now. */
    CRISIS,
    /** The coach cannot reach the client (LIITE 1 item 25.3: the case owner also takes the initiative to reach them). */
    CLIENT_UNREACHABLE,
    /** Anything else; the coach says what in the text. */
    OTHER
}
