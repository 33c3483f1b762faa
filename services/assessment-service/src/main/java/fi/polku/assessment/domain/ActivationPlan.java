package fi.polku.assessment.domain;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a client's activation plan (aktivointisuunnitelma); versions are never changed, only added. */
@Entity
@Table(name = "activation_plan")
public class ActivationPlan extends PlanVersion {

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PlanParty> parties;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PlannedService> services;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "agreed_possibilities", nullable = false)
    public List<AgreedPossibility> agreedPossibilities;

    @Column(name = "change_reason")
    public String changeReason;

    /** What a version of the activation plan says; the whole plan is given each time. */
    public record Content(LocalDate validFrom, LocalDate validUntil, List<PlanParty> parties,
            List<PlannedService> services, List<AgreedPossibility> agreedPossibilities, String changeReason) {
    }

    /** The next version with {@code content}, once it keeps {@link PlanRules#checkActivationPlan the rules}. */
    public static ActivationPlan drawUp(Content content) {
        ActivationPlan plan = new ActivationPlan();
        plan.validFrom = content.validFrom();
        plan.validUntil = content.validUntil();
        plan.parties = content.parties().stream()
                .map(p -> new PlanParty(p.role(), strip(p.name()), strip(p.organisation()))).toList();
        plan.services = content.services();
        plan.agreedPossibilities = content.agreedPossibilities().stream().distinct().sorted().toList();
        plan.changeReason = strip(content.changeReason());
        PlanRules.checkActivationPlan(plan.validFrom, plan.validUntil, plan.parties, plan.services);
        return plan;
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    public boolean includes(ServiceType service) {
        return services.stream().anyMatch(s -> s.service() == service);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
