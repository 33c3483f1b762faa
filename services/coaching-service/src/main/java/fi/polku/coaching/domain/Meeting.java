package fi.polku.coaching.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A meeting with the client, held or missed; a missed one records the attempts to reach the client (item 25). */
@Entity
@Table(name = "meeting")
public class Meeting {

    public enum Mode { FACE_TO_FACE, REMOTE }

    /** Where: in the community (the client's natural surroundings, item 24) or at the office. */
    public enum Location {
        HOME, CAFE, LIBRARY, WORKPLACE, REHABILITATIVE_WORKSHOP, OTHER_COMMUNITY, OFFICE, REMOTE;

        public boolean inCommunity() {
            return this != OFFICE && this != REMOTE;
        }
    }

    public enum Attendance { HELD, NO_SHOW }

    public enum ReachMethod { PHONE, TEXT_MESSAGE, LETTER, HOME_VISIT, VIA_OWN_WORKER, VIA_FAMILY, OTHER }

    public record ReachAttempt(LocalDate date, ReachMethod method, boolean reached, String note) {
    }

    @Id
    public UUID id;

    @Column(name = "episode_id", nullable = false)
    public UUID episodeId;

    @Column(name = "coach_id", nullable = false)
    public UUID coachId;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Mode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Location location;

    @Column(nullable = false)
    public String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Attendance attendance;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "reach_attempts", nullable = false)
    public List<ReachAttempt> reachAttempts;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public boolean held() {
        return attendance == Attendance.HELD;
    }
}
