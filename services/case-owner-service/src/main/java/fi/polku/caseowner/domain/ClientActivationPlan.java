package fi.polku.caseowner.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The latest version of a client's activation plan that assessment published: what it records, not who drew it. */
@Entity
@Table(name = "client_activation_plan")
public class ClientActivationPlan {

    @Id
    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public int version;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    // An array like Professional.municipalities: Hibernate resolves List<String> to one JDBC type per persistence unit
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "agreed_possibilities", nullable = false)
    public List<String> agreedPossibilities;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ActivationPlanBasis.Period> services;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static ClientActivationPlan of(UUID clientId) {
        ClientActivationPlan plan = new ClientActivationPlan();
        plan.clientId = clientId;
        return plan;
    }

    /** Takes a version newer than the one kept; an older or repeated one (events may come late) changes nothing. */
    public boolean update(UUID planId, int version, LocalDate validUntil, List<String> agreedPossibilities,
            List<ActivationPlanBasis.Period> services, OffsetDateTime updatedAt) {
        if (this.planId != null && version <= this.version) {
            return false;
        }
        this.planId = planId;
        this.version = version;
        this.validUntil = validUntil;
        this.agreedPossibilities = List.copyOf(agreedPossibilities);
        this.services = List.copyOf(services);
        this.updatedAt = updatedAt;
        return true;
    }

    public ActivationPlanBasis.Plan basis() {
        return new ActivationPlanBasis.Plan(version, validUntil, Set.copyOf(agreedPossibilities), services);
    }
}
