package fi.polku.caseowner.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.Gap;
import fi.polku.caseowner.service.GapQueries;
import fi.polku.platform.gaps.GapRule;
import fi.polku.platform.servicemap.ServicePlace;

public record GapView(
        UUID clientId,
        @Schema(nullable = true, description = "The client's municipality (Statistics Finland code); null under a non-disclosure order") String municipalityCode,
        @Schema(description = "The client has a non-disclosure order for personal safety (turvakielto): intake withholds"
                + " the municipality") boolean nonDisclosure,
        @Schema(description = "The rule that flagged the client") GapRule rule,
        @Schema(nullable = true, description = "Since when the rule has held; null when not known") OffsetDateTime since,
        @Schema(description = "Full days the rule has held") long days,
        String detail,
        @Schema(nullable = true, description = "The case owner now; null in the unassigned queue") UUID caseOwnerProfessionalId,
        @Schema(description = "Where on the service map the client is now") ServicePlace place,
        @Schema(description = "The day the client came to the place") LocalDate placeSince,
        @Schema(description = "Full days the client has been in the place") long daysInPlace) {

    public static GapView of(GapQueries.ListedGap listed, LocalDate today) {
        Gap gap = listed.gap();
        String municipalityCode = listed.municipalityCode();
        return new GapView(gap.clientId(), municipalityCode, municipalityCode == null, gap.rule(), gap.since(), gap.days(), gap.detail(),
                gap.caseOwnerProfessionalId(), listed.place(), listed.placeSince(),
                ChronoUnit.DAYS.between(listed.placeSince(), today));
    }
}
