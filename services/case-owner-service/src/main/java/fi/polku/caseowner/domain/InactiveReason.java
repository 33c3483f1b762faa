package fi.polku.caseowner.domain;

/** Why a professional cannot take clients for now. */
public enum InactiveReason {
    LEAVING,
    LONG_ABSENCE,
    OTHER
}
