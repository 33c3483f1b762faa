package fi.polku.access;

/** Why an emergency access was taken, as a category: what travels in the event (the written reason does not). */
public enum EmergencyReason {
    /** The client is in an acute crisis and needs help now. */
    CLIENT_IN_CRISIS,
    /** The client's or someone else's safety is at risk. */
    SAFETY_RISK,
    /** A decision or a service cannot wait until a care relationship or consent is in place. */
    URGENT_DECISION,
    /** The professional responsible for the client cannot be reached. */
    RESPONSIBLE_UNREACHABLE,
    OTHER
}
