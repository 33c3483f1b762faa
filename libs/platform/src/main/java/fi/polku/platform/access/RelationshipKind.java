package fi.polku.platform.access;

/** The kinds of care relationship that give a professional access to a client. */
public enum RelationshipKind {
    CASE_OWNER,
    CARE_NETWORK,
    ASSESSMENT_TEAM,
    INTAKE
}
