package fi.polku.coaching.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "coach")
public class Coach {

    /** 003 LIITE 1 item 1: "Suurin asiakasmäärä kokoaikaiselle työhönvalmentajalle on 20 asiakasta." */
    public static final int FULL_TIME_MAX_CASELOAD = 20;

    /** The model's limit scaled by the coach's share of a full-time position (a 0.5 coach: 10), at least one. */
    public static int modelCaseload(BigDecimal fullTimeShare) {
        return Math.max(1, fullTimeShare.multiply(BigDecimal.valueOf(FULL_TIME_MAX_CASELOAD))
                .setScale(0, RoundingMode.FLOOR).intValue());
    }

    @Id
    public UUID id;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    @Column(nullable = false)
    public String name;

    /** The coach's subject in the tokens of the provider's identity provider, when known. */
    @Column(name = "user_id")
    public String userId;

    @Column(name = "full_time_share", nullable = false)
    public BigDecimal fullTimeShare;

    @Column(name = "max_caseload", nullable = false)
    public int maxCaseload;

    /** A provider lead (vastaava työhönvalmentaja) may record employer contacts on a coach's behalf. */
    @Column(name = "provider_lead", nullable = false)
    public boolean providerLead;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
