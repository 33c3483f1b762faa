package fi.polku.assessment.domain;

import java.util.UUID;

/** A member of a work-ability team; kept with the team as part of its value. */
public record TeamMember(UUID id, String name, Profession profession, String organisation, boolean active) {
}
