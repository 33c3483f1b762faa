package fi.polku.intake.domain;

/** Where a screened client is directed first; case-owner and reporting consume these exact values. */
public enum Segment {
    WORK_ABILITY_TEAM_ASSESSMENT,
    EMPLOYMENT_SERVICES_DIRECTLY,
    SOCIAL_SERVICES_FIRST,
    GUIDANCE_ONLY
}
