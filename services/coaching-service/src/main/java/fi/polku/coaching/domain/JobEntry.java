package fi.polku.coaching.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A job or work trial the client starts; a null kind is employment. */
public record JobEntry(Job.Kind kind, String employerName, String employerBusinessId, String title,
        String occupation, LocalDate startDate, BigDecimal hoursPerWeek, boolean openLabourMarket, boolean permanent,
        boolean wageAtLeastCollectiveAgreement) {
}
