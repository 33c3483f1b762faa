package fi.polku.assessment.rest;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.assessment.domain.Consultation;

@Schema(requiredProperties = {"id", "consultedUnit", "question", "askedOn", "answer", "answeredOn"})
public record ConsultationView(UUID id, String consultedUnit, String question, LocalDate askedOn,
        @Schema(nullable = true, description = "Null until the answer is in") String answer,
        @Schema(nullable = true, description = "Null until the answer is in", implementation = String.class, format = "date") LocalDate answeredOn) {

    public static ConsultationView of(Consultation c) {
        return new ConsultationView(c.id, c.consultedUnit, c.question, c.askedOn, c.answer, c.answeredOn);
    }
}
