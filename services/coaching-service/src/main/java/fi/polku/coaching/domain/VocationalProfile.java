package fi.polku.coaching.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The vocational profile of fidelity item 14, formed in the first 2–3 meetings and updated after each job. */
@Entity
@Table(name = "vocational_profile")
public class VocationalProfile {

    @Id
    @Column(name = "episode_id")
    public UUID episodeId;

    @Column(name = "career_goals")
    public String careerGoals;

    public String interests;

    public String strengths;

    public String education;

    @Column(name = "work_history")
    public String workHistory;

    @Column(name = "benefits_situation")
    public String benefitsSituation;

    /** What the client wants to disclose about their work ability at a workplace, and how (item 13). */
    public String disclosure;

    @Column(name = "lessons_from_jobs")
    public String lessonsFromJobs;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "written_first_at", nullable = false, updatable = false)
    public OffsetDateTime writtenFirstAt;

    @Version
    public long version;
}
