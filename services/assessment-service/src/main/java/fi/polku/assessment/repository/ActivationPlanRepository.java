package fi.polku.assessment.repository;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.domain.ActivationPlan;

@ApplicationScoped
public class ActivationPlanRepository extends PlanVersionRepository<ActivationPlan> {
}
