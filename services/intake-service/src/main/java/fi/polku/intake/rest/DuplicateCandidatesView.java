package fi.polku.intake.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Active clients with the same name and birth date but different identity codes, "
        + "e.g. a temporary code later replaced by a permanent one")
public record DuplicateCandidatesView(String firstName, String lastName, LocalDate birthDate, List<Candidate> clients) {

    @Schema(name = "DuplicateCandidate")
    public record Candidate(UUID id, boolean temporaryIdentityCode, String municipalityCode,
            OffsetDateTime registeredAt) {
    }
}
