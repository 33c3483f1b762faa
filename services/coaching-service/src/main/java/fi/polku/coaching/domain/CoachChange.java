package fi.polku.coaching.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An episode moved from one coach to another of the same provider, with the reason (item 3 becomes measurable). */
@Entity
@Table(name = "coach_change")
public class CoachChange {

    /** Why the coach changes, as a code (CoachChanged carries it); the words, needed for OTHER, stay here. */
    @Schema(name = "CoachChangeReason", description = "Why the coach changes")
    public enum Reason {
        COACH_LEFT, COACH_ABSENT, CLIENT_REQUEST, CASELOAD_BALANCING, OTHER
    }

    @Id
    public UUID id;

    @Column(name = "episode_id", nullable = false)
    public UUID episodeId;

    @Column(name = "from_coach_id")
    public UUID fromCoachId;

    @Column(name = "to_coach_id", nullable = false)
    public UUID toCoachId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", nullable = false)
    public Reason reasonCode;

    /** Free text: required for OTHER, optional beside another code; changes recorded before codes carry it. */
    public String reason;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;
}
