package fi.polku.coaching.domain;

import java.math.BigDecimal;

/** A coach to add; a null caseload takes the model's, scaled by the full-time share. */
public record CoachRegistration(String name, String userId, BigDecimal fullTimeShare, Integer maxCaseload,
        boolean providerLead) {
}
