package fi.polku.partner.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The partner's view of one event, kept once for all its deliveries; {@code body} is exactly what is signed. */
@Entity
@Table(name = "partner_event")
public class PartnerEvent {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(nullable = false)
    public String type;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(nullable = false)
    public String body;
}
