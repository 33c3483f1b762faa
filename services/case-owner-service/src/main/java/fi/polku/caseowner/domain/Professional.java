package fi.polku.caseowner.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "professional")
public class Professional {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProfessionalRole role;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> municipalities;

    @Column(name = "max_caseload", nullable = false)
    public int maxCaseload;

    @Column(nullable = false)
    public boolean active;

    /** The person's login subject (the JWT {@code sub}); lets other services tell who has a care relationship. */
    @Column(name = "user_id")
    public String userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "inactive_reason")
    public InactiveReason inactiveReason;

    @Column(name = "inactive_since")
    public OffsetDateTime inactiveSince;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
