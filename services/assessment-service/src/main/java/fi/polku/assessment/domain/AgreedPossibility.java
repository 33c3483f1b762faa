package fi.polku.assessment.domain;

/**
 * What an activation plan allows in advance, so that a later transition needs no new plan (the Orimattila pilot's
 * lesson, seed 003 §4.2 and §5).
 */
public enum AgreedPossibility {
    SUPPORTED_EMPLOYMENT_COACHING,
    WORK_TRIAL,
    PAY_SUBSIDY,
    OTHER_TE_SERVICES
}
