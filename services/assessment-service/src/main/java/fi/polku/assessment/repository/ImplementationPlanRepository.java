package fi.polku.assessment.repository;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.domain.ImplementationPlan;

@ApplicationScoped
public class ImplementationPlanRepository extends PlanVersionRepository<ImplementationPlan> {
}
