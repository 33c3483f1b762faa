package fi.polku.assessment.rest;

import java.time.LocalDate;
import java.util.UUID;

import fi.polku.assessment.domain.Consultation;

public record ConsultationView(UUID id, String consultedUnit, String question, LocalDate askedOn, String answer,
        LocalDate answeredOn) {

    public static ConsultationView of(Consultation c) {
        return new ConsultationView(c.id, c.consultedUnit, c.question, c.askedOn, c.answer, c.answeredOn);
    }
}
