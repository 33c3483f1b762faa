package fi.polku.coaching.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An episode moved from one coach to another of the same provider, with the reason (item 3 becomes measurable). */
@Entity
@Table(name = "coach_change")
public class CoachChange {

    @Id
    public UUID id;

    @Column(name = "episode_id", nullable = false)
    public UUID episodeId;

    @Column(name = "from_coach_id")
    public UUID fromCoachId;

    @Column(name = "to_coach_id", nullable = false)
    public UUID toCoachId;

    @Column(nullable = false)
    public String reason;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;
}
