package fi.polku.caseowner.domain;

/** Why a clientship ended. */
public enum ClosureReason {
    EMPLOYED_OPEN_LABOUR_MARKET,
    PAY_SUBSIDISED_WORK,
    STUDIES,
    REHABILITATION,
    PENSION,
    SICK_LEAVE,
    MOVED_AWAY,
    NO_LONGER_NEEDS_SERVICE,
    CLIENT_DECLINED,
    DECEASED,
    OTHER
}
