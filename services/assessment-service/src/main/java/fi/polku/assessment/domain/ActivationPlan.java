package fi.polku.assessment.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a client's activation plan (aktivointisuunnitelma); versions are never changed, only added. */
@Entity
@Table(name = "activation_plan")
public class ActivationPlan {

    @Id
    @Column(name = "revision_id")
    public UUID revisionId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public int version;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

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

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    public boolean includes(ServiceType service) {
        return services.stream().anyMatch(s -> s.service() == service);
    }
}
