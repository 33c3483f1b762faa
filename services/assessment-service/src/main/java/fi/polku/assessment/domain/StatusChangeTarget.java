package fi.polku.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The statuses a team member moves an assessment to by hand. */
@Schema(name = "StatusChangeTarget", description = "IN_PROGRESS when the team starts, CANCELLED, or "
        + "CLIENT_DID_NOT_ATTEND")
public enum StatusChangeTarget {
    IN_PROGRESS,
    CANCELLED,
    CLIENT_DID_NOT_ATTEND
}
