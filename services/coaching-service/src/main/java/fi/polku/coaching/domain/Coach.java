package fi.polku.coaching.domain;

import java.math.BigDecimal;
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

    public static final int DEFAULT_MAX_CASELOAD = 20;

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

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
