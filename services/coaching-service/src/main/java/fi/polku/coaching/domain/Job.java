package fi.polku.coaching.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A job or a work trial a client started during coaching. */
@Entity
@Table(name = "job")
public class Job {

    /** A work trial (työkokeilu) is no employment; it matters for the rehabilitative work activity rules. */
    @Schema(name = "JobKind", description = "EMPLOYMENT, or a WORK_TRIAL")
    public enum Kind { EMPLOYMENT, WORK_TRIAL }

    @Id
    public UUID id;

    @Column(name = "episode_id", nullable = false)
    public UUID episodeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "employer_name", nullable = false)
    public String employerName;

    @Column(name = "employer_business_id")
    public String employerBusinessId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String occupation;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "hours_per_week", nullable = false)
    public BigDecimal hoursPerWeek;

    @Column(name = "open_labour_market", nullable = false)
    public boolean openLabourMarket;

    @Column(nullable = false)
    public boolean permanent;

    @Column(name = "wage_at_least_collective_agreement", nullable = false)
    public boolean wageAtLeastCollectiveAgreement;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "end_learned_on")
    public LocalDate endLearnedOn;

    /** Who entered it: the coach, or a provider lead on the coach's behalf; null for jobs recorded before V14. */
    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public boolean ongoingOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }

    /** Paid work in the open labour market: what the result fee needs (003 §6); a work trial never is. */
    public boolean openMarketEmployment() {
        return kind == Kind.EMPLOYMENT && openLabourMarket;
    }

    /**
     * Competitive employment, as reporting's {@code domain.Employment} defines it from LIITE 1 item 21 ("Avoimille
     * työmarkkinoille sijoittuvasta työstä maksetaan vähintään alan työehtosopimuksen mukaista palkkaa, työ on kenen
     * tahansa haettavissa eikä sitä ole varattu henkilöille, joilla on alentunut toimintakyky"): paid work in the open
     * labour market at least at the collective agreement's wage. Seasonal and agency work count too, so a fixed-term
     * job is competitive; item 21's score counts the permanent ones ({@link #permanentCompetitive()}).
     */
    public boolean competitive() {
        return openMarketEmployment() && wageAtLeastCollectiveAgreement;
    }

    /** What item 21's anchors count: "avoimille työmarkkinoille sijoittuvaa vakituista työtä". */
    public boolean permanentCompetitive() {
        return competitive() && permanent;
    }

    public String employerKey() {
        return employerBusinessId != null ? employerBusinessId : employerName.strip().toLowerCase();
    }
}
