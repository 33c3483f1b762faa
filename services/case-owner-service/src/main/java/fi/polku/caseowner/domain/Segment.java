package fi.polku.caseowner.domain;

/** Intake's screening result (segmentointi): which path the client's service need points to first. */
public enum Segment {
    WORK_ABILITY_TEAM_ASSESSMENT,
    EMPLOYMENT_SERVICES_DIRECTLY,
    SOCIAL_SERVICES_FIRST,
    GUIDANCE_ONLY
}
