package fi.polku.partner.domain;

/** Where a delivery of one event to one subscription stands. */
public enum DeliveryStatus {
    /** Waiting for its first attempt or for a retry. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** The receiver did not answer 2xx during the whole retry schedule. */
    FAILED,
    /** The organisation had no basis for the client (no valid consent naming it) when it was due; never sent. */
    SKIPPED_NO_BASIS
}
