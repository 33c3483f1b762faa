package fi.polku.caseowner.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What the client said of the whole service package when the clientship closed: a satisfaction score (1-10) and
 * their own words, either of which may be left out. The words never leave this service.
 */
@Entity
@Table(name = "closure_feedback")
public class ClosureFeedback {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "closed_at", nullable = false)
    public OffsetDateTime closedAt;

    public Integer satisfaction;

    public String feedback;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
