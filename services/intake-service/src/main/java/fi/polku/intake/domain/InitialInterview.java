package fi.polku.intake.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** The initial interview (alkuhaastattelu) of the intake service. */
@Entity
@Table(name = "initial_interview")
public class InitialInterview {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "interview_date", nullable = false)
    public LocalDate interviewDate;

    @Column(name = "professional_name", nullable = false)
    public String professionalName;

    @Column(name = "professional_organisation", nullable = false)
    public String professionalOrganisation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "initial_interview_topic", joinColumns = @JoinColumn(name = "interview_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "topic")
    public Set<InterviewTopic> topics = EnumSet.noneOf(InterviewTopic.class);

    @Column(nullable = false)
    public String summary;

    @Column(name = "client_goal", nullable = false)
    public String clientGoal;

    /** The other professional of an interview held as pair work (vastinparityöskentely); null when held alone. */
    @Column(name = "pair_work_partner_user_id")
    public String pairWorkPartnerUserId;

    @Column(name = "pair_work_partner_organisation")
    public String pairWorkPartnerOrganisation;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
