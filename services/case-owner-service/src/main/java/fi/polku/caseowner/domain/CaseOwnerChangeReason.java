package fi.polku.caseowner.domain;

/**
 * Why a client's case owner changed, as a code: it travels in {@code CaseOwnerChanged}, while the words (the
 * person's reason, the rule the service applied) stay in the case-owner history.
 */
public enum CaseOwnerChangeReason {
    /** The owner leaves the post. */
    OWNER_LEFT(true),
    /** The owner is away for long (leave, sickness). */
    OWNER_ABSENT(true),
    /** The client asked for another owner. */
    CLIENT_REQUEST(true),
    /** The caseloads are evened out. */
    CASELOAD_BALANCING(true),
    /** The client's service need calls for another role or service. */
    SERVICE_NEED_CHANGED(true),
    OTHER(true),
    /** The assignment rules placed the client (at registration, after screening, from the unassigned queue). */
    ASSIGNMENT_RULES(false),
    /** Screening placed the client in a segment the owner's role does not fit. */
    SEGMENT_CHANGED(false),
    /** The clientship was reopened after follow-up contact. */
    CLIENTSHIP_REOPENED(false),
    /** The case owner agreed in the work-ability assessment took over. */
    AGREED_IN_ASSESSMENT(false),
    /** A duplicate client was merged into this one and its owner continues. */
    CLIENTS_MERGED(false);

    private final boolean byHand;

    CaseOwnerChangeReason(boolean byHand) {
        this.byHand = byHand;
    }

    /** Whether a person gives this reason when they reassign; the others are the service's own decisions. */
    public boolean byHand() {
        return byHand;
    }
}
