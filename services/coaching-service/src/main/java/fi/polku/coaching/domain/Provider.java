package fi.polku.coaching.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A coaching provider procured by an ELY centre; its organisationId is its business ID (Y-tunnus). */
@Entity
@Table(name = "provider")
public class Provider {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "organisation_id", nullable = false)
    public String organisationId;

    @Column(name = "ely_centre", nullable = false)
    public String elyCentre;

    @Column(name = "contract_from", nullable = false)
    public LocalDate contractFrom;

    @Column(name = "contract_until", nullable = false)
    public LocalDate contractUntil;

    @Column(name = "start_fee", nullable = false)
    public BigDecimal startFee;

    @Column(name = "guidance_fee", nullable = false)
    public BigDecimal guidanceFee;

    @Column(name = "result_fee", nullable = false)
    public BigDecimal resultFee;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "guidance_outcomes", nullable = false)
    public List<String> guidanceOutcomes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "result_outcomes", nullable = false)
    public List<String> resultOutcomes;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public Contract contract() {
        return new Contract(contractFrom, contractUntil, startFee, guidanceFee, resultFee, outcomes(guidanceOutcomes),
                outcomes(resultOutcomes));
    }

    private static Set<Outcome> outcomes(List<String> names) {
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        names.forEach(name -> outcomes.add(Outcome.valueOf(name)));
        return outcomes;
    }
}
