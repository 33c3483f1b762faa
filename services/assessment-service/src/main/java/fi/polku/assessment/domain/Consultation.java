package fi.polku.assessment.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A specialist consultation, e.g. to specialised care's rehabilitation research unit. */
@Entity
@Table(name = "consultation")
public class Consultation {

    @Id
    public UUID id;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Column(name = "consulted_unit", nullable = false)
    public String consultedUnit;

    @Column(nullable = false)
    public String question;

    @Column(name = "asked_on", nullable = false)
    public LocalDate askedOn;

    public String answer;

    @Column(name = "answered_on")
    public LocalDate answeredOn;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
