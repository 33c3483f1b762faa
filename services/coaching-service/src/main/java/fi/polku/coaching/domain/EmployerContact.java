package fi.polku.coaching.domain;

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

/** A coach's contact with an employer on behalf of job-seeking clients (items 15–18). */
@Entity
@Table(name = "employer_contact")
public class EmployerContact {

    @Id
    public UUID id;

    @Column(name = "coach_id", nullable = false)
    public UUID coachId;

    @Column(name = "provider_id", nullable = false)
    public UUID providerId;

    @Column(name = "employer_name", nullable = false)
    public String employerName;

    @Column(name = "employer_business_id")
    public String employerBusinessId;

    @Column(name = "contact_date", nullable = false)
    public LocalDate date;

    @Column(name = "face_to_face", nullable = false)
    public boolean faceToFace;

    /** Whether the contact was based on the clients' preferences rather than an open vacancy (item 16). */
    @Column(name = "based_on_client_preferences", nullable = false)
    public boolean basedOnClientPreferences;

    @Column(nullable = false)
    public String purpose;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "client_ids", nullable = false)
    public List<UUID> clientIds;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Who entered it: the coach, or a provider lead on the coach's behalf; null for contacts from before. */
    @Column(name = "recorded_by")
    public String recordedBy;
}
