package fi.polku.coaching.domain;

import java.time.LocalDate;

/** A job's end; a null learnedOn is the end date. */
public record JobEnding(LocalDate endDate, String reason, LocalDate learnedOn) {
}
