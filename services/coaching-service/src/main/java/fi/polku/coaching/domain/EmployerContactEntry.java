package fi.polku.coaching.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record EmployerContactEntry(String employerName, String employerBusinessId, LocalDate date,
        boolean faceToFace, List<UUID> clientIds, boolean basedOnClientPreferences, String purpose) {
}
