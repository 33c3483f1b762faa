package fi.polku.assessment.domain;

import java.util.UUID;

/**
 * A member of a work-ability team; kept with the team as part of its value. {@code userId} is the member's user id
 * in the county's identity provider (the token subject): it gives active members access to the clients the team
 * assesses.
 */
public record TeamMember(UUID id, String name, Profession profession, String organisation, String userId,
        boolean active) {
}
