package fi.polku.assessment.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One onward service of a support plan, with who is responsible for arranging it and by when. */
public record ServiceRecommendation(
        UUID id,
        ServiceType service,
        String responsibleOrganisation,
        LocalDate targetDate,
        String justification,
        String providerOrganisation) {
}
