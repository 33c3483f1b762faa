package fi.polku.intake.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** Coordination to the work-ability team: an appointment with a team, or further investigations first. */
@Entity
@Table(name = "team_booking")
public class TeamBooking {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TeamBookingKind kind;

    @Column(name = "team_id")
    public UUID teamId;

    @Column(name = "appointment_at")
    public OffsetDateTime appointmentAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_booking_investigation", joinColumns = @JoinColumn(name = "booking_id"))
    @OrderColumn(name = "position")
    public List<Investigation> investigations = new ArrayList<>();

    @Column(nullable = false)
    public String reason;

    @Column(name = "booked_by", nullable = false)
    public String bookedBy;

    @Column(name = "booked_at", nullable = false)
    public OffsetDateTime bookedAt;

    @Embeddable
    public static class Investigation {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public InvestigationKind kind;

        @Column(nullable = false)
        public String investigation;

        @Column(nullable = false)
        public String responsible;

        protected Investigation() {
        }

        public Investigation(InvestigationKind kind, String investigation, String responsible) {
            this.kind = kind;
            this.investigation = investigation;
            this.responsible = responsible;
        }
    }
}
