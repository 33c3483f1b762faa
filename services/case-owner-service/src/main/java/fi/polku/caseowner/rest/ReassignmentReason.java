package fi.polku.caseowner.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.CaseOwnerChangeReason;

/** The reasons a person gives for reassigning a case owner: the by-hand codes of {@link CaseOwnerChangeReason}. */
@Schema(description = "OWNER_LEFT, OWNER_ABSENT (long leave), CLIENT_REQUEST, CASELOAD_BALANCING, "
        + "SERVICE_NEED_CHANGED (another role or service fits the client now), OTHER")
public enum ReassignmentReason {
    OWNER_LEFT,
    OWNER_ABSENT,
    CLIENT_REQUEST,
    CASELOAD_BALANCING,
    SERVICE_NEED_CHANGED,
    OTHER;

    static CaseOwnerChangeReason orOther(ReassignmentReason reason) {
        return CaseOwnerChangeReason.valueOf((reason == null ? OTHER : reason).name());
    }
}
