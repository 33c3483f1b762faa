package fi.polku.assessment.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.platform.problem.ProblemException;

/** A further investigation intake requested (lisäselvitys); the team tracks it until its result is in. */
@Entity
@Table(name = "investigation")
public class Investigation {

    @Schema(name = "InvestigationStatus")
    public enum Status {
        PENDING,
        COMPLETED
    }

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "booking_id", nullable = false)
    public UUID bookingId;

    /** Null for investigations requested before intake named their kind. */
    @Enumerated(EnumType.STRING)
    public InvestigationKind kind;

    /** The words of investigations requested before intake named their kind; since then they stay in intake. */
    public String investigation;

    public String responsible;

    public String reason;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public String summary;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Version
    public long version;

    public void complete(String resultSummary, LocalDate on) {
        if (status == Status.COMPLETED) {
            throw ProblemException.businessRule("status", "The investigation was already completed on " + completedOn);
        }
        status = Status.COMPLETED;
        summary = resultSummary;
        completedOn = on;
    }
}
