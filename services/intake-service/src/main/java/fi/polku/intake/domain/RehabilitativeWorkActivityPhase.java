package fi.polku.intake.domain;

/**
 * Which alternative of the readiness sign "kuntouttavan työtoiminnan nivelvaihe lähellä tai / pitkä periodi
 * kuntouttavassa työtoiminnassa" holds.
 */
public enum RehabilitativeWorkActivityPhase {
    /** A transition point of rehabilitative work activity is near (nivelvaihe lähellä). */
    TRANSITION_NEAR,
    /** A long period in rehabilitative work activity (pitkä periodi). */
    LONG_PERIOD;

    /** Only this sign has alternatives. */
    public static boolean appliesTo(ReadinessSign sign) {
        return sign == ReadinessSign.REHABILITATIVE_WORK_ACTIVITY_TRANSITION_NEAR_OR_LONG_PERIOD;
    }
}
