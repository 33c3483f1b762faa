package fi.polku.coaching.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.EmployerContact;

public record EmployerContactView(UUID id, UUID coachId, UUID providerId, String employerName,
        @Schema(nullable = true) String employerBusinessId, LocalDate date, boolean faceToFace, List<UUID> clientIds,
        boolean basedOnClientPreferences, String purpose,
        @Schema(nullable = true, description = "Who entered it: the coach, or a provider lead on the coach's behalf;"
                + " null for contacts recorded before this was kept") String recordedBy) {

    public static EmployerContactView of(EmployerContact c) {
        return new EmployerContactView(c.id, c.coachId, c.providerId, c.employerName, c.employerBusinessId, c.date,
                c.faceToFace, List.copyOf(c.clientIds), c.basedOnClientPreferences, c.purpose, c.recordedBy);
    }
}
