package fi.polku.access;

import fi.polku.platform.audit.AccessBasis;

/** The kinds of care relationship that give a professional access to a client. */
public enum RelationshipKind {
    CASE_OWNER,
    CARE_NETWORK,
    ASSESSMENT_TEAM,
    INTAKE,
    /** Opened at the front desk after a lookup by identity code; gives {@link AccessBasis#INTAKE_LOOKUP}. */
    INTAKE_LOOKUP
}
