package fi.polku.caseowner.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import fi.polku.platform.gaps.GapRule;

/**
 * One client at risk, the rule that flagged them and since when it holds.
 *
 * @param caseOwnerProfessionalId the case owner now, or null
 * @param days full days the rule has held
 */
public record Gap(UUID clientId, GapRule rule, OffsetDateTime since, long days, String detail,
        UUID caseOwnerProfessionalId) {
}
