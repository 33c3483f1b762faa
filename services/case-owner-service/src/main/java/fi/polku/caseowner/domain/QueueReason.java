package fi.polku.caseowner.domain;

/** Why the rules could not name a case owner, so that the client waits in the unassigned queue. */
public enum QueueReason {
    /** No active professional with free capacity whose role fits the client's segment serves the municipality. */
    NO_FITTING_PROFESSIONAL,
    /** The rules go by the municipality, which a non-disclosure order withholds: a coordinator places the client. */
    MUNICIPALITY_WITHHELD;

    public static QueueReason of(KnownClient client) {
        return client.municipalityWithheld() ? MUNICIPALITY_WITHHELD : NO_FITTING_PROFESSIONAL;
    }
}
