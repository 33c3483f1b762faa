package fi.polku.intake.domain;

/** Coordination to the work-ability team: an appointment, or further investigations first. */
public enum TeamBookingKind {
    TEAM_APPOINTMENT,
    FURTHER_INVESTIGATIONS
}
