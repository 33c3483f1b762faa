package fi.polku.intake.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Whether a consent covers its parties at a given moment; validity days are Finnish calendar days. */
public enum ConsentStatus {
    NOT_YET_VALID,
    ACTIVE,
    EXPIRED,
    WITHDRAWN;

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    public static ConsentStatus at(Consent consent, ConsentWithdrawal withdrawal, OffsetDateTime moment) {
        if (withdrawal != null && !moment.isBefore(withdrawal.withdrawnFrom)) {
            return WITHDRAWN;
        }
        LocalDate day = moment.atZoneSameInstant(FINLAND).toLocalDate();
        if (day.isBefore(consent.validFrom)) {
            return NOT_YET_VALID;
        }
        if (consent.validUntil != null && day.isAfter(consent.validUntil)) {
            return EXPIRED;
        }
        return ACTIVE;
    }
}
