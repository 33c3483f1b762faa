package fi.polku.caseowner.domain;

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

import fi.polku.platform.servicemap.ServicePlace;

/**
 * A client this service learned of from intake's events (only the pseudonymous id and routing data) and their
 * clientship: segment, stage, place on the service map, the case owner's recorded next step and contact, open or
 * closed.
 */
@Entity
@Table(name = "known_client")
public class KnownClient {

    @Id
    @Column(name = "client_id")
    public UUID clientId;

    /** None while the client has a non-disclosure order (turvakielto): intake then withholds it. */
    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "age_band")
    public String ageBand;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Enumerated(EnumType.STRING)
    public Segment segment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClientStage stage = ClientStage.REGISTERED;

    @Column(name = "stage_changed_at")
    public OffsetDateTime stageChangedAt;

    @Column(name = "next_step")
    public String nextStep;

    @Column(name = "next_step_due")
    public LocalDate nextStepDue;

    @Column(name = "next_step_recorded_at")
    public OffsetDateTime nextStepRecordedAt;

    @Column(name = "last_contact_at")
    public OffsetDateTime lastContactAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Clientship clientship = Clientship.OPEN;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    public ClosureReason closureReason;

    @Column(name = "reopened_at")
    public OffsetDateTime reopenedAt;

    /** Where on the service map the client is now (the latest of their {@link ClientPlace}s), since which day. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServicePlace place;

    @Column(name = "place_since", nullable = false)
    public LocalDate placeSince;

    /** The reference of the current place's source, so that the end of that service can be told from another's. */
    @Column(name = "place_source_ref", nullable = false)
    public String placeSourceRef;

    @Version
    public long version;

    public boolean isOpen() {
        return clientship == Clientship.OPEN;
    }

    /** Intake withholds a client's municipality only under a non-disclosure order (turvakielto). */
    public boolean municipalityWithheld() {
        return municipalityCode == null;
    }

    public void moveTo(ClientStage next, OffsetDateTime at) {
        stage = next;
        stageChangedAt = at;
    }

    /**
     * The client came to a place on the service map on a day: it becomes their current place unless it is where they
     * are already or the day is before the current place's.
     *
     * @return whether the current place changed
     */
    public boolean arriveAt(ServicePlace next, LocalDate since, String sourceRef) {
        if (next == place || (placeSince != null && since.isBefore(placeSince))) {
            return false;
        }
        place = next;
        placeSince = since;
        placeSourceRef = sourceRef;
        return true;
    }

    /** The latest moment someone demonstrably attended to the client. */
    public OffsetDateTime lastActivityAt() {
        OffsetDateTime latest = registeredAt;
        for (OffsetDateTime candidate : new OffsetDateTime[] {reopenedAt, nextStepRecordedAt, lastContactAt}) {
            if (candidate != null && (latest == null || candidate.isAfter(latest))) {
                latest = candidate;
            }
        }
        return latest;
    }

    public enum Clientship {
        OPEN,
        CLOSED
    }
}
