package fi.polku.assessment.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One profession's findings on the client's functioning and work ability. */
@Entity
@Table(name = "professional_evaluation")
public class ProfessionalEvaluation {

    @Id
    public UUID id;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Profession profession;

    @Column(name = "evaluator_name", nullable = false)
    public String evaluatorName;

    @Column(name = "physical_functioning", nullable = false)
    public String physicalFunctioning;

    @Column(name = "mental_functioning", nullable = false)
    public String mentalFunctioning;

    @Column(name = "cognitive_functioning", nullable = false)
    public String cognitiveFunctioning;

    @Column(name = "social_functioning", nullable = false)
    public String socialFunctioning;

    @Column(name = "helping_factors", nullable = false)
    public String helpingFactors;

    @Column(name = "hindering_factors", nullable = false)
    public String hinderingFactors;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_ability_view", nullable = false)
    public WorkAbilityEstimate workAbilityView;

    @Column(name = "evaluated_on", nullable = false)
    public LocalDate evaluatedOn;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
