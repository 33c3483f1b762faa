package fi.polku.assessment.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A multi-professional, cross-administrative work-ability team serving a municipality or area. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    public String area;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<TeamMember> members;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
