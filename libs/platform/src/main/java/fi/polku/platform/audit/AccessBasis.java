package fi.polku.platform.audit;

/** Why a caller may process a client's data; written with each allowed access in the access log. */
public enum AccessBasis {
    /** Case owner, member of the client's care network, of the team assessing the client, or handling the intake. */
    CARE_RELATIONSHIP,
    /** The caller's organisation is named in the client's valid consent for this service's purpose. */
    CONSENT,
    /** Time-limited "break the glass" access with a written reason, reviewed by supervisors. */
    EMERGENCY_ACCESS,
    /** A coordinator managing case ownership (who is responsible), not reading the client's records. */
    SUPERVISION,
    /** An auditor answering the client's request for the access log of their data. */
    AUDIT,
    /** The caller learned which client an identity code belongs to (the client's id), and nothing else. */
    IDENTIFICATION,
    /**
     * An intake worker opened the record at the front desk after finding the client by their identity code, with a
     * stated reason, for a short time; intake's data only.
     */
    INTAKE_LOOKUP
}
