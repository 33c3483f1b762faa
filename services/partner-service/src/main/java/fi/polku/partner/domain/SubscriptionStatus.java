package fi.polku.partner.domain;

/** Whether a subscription's receiver takes deliveries. */
public enum SubscriptionStatus {
    ACTIVE,
    /** A delivery failed for the whole retry schedule; a later success or a re-enable makes it ACTIVE again. */
    FAILING
}
