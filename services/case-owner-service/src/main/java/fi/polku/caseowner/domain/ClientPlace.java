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

import fi.polku.platform.servicemap.ServicePlace;

/** One place a client came to on the service map, and what said so; the history is never rewritten. */
@Entity
@Table(name = "client_place")
public class ClientPlace {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServicePlace place;

    @Column(nullable = false)
    public LocalDate since;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlaceSource source;

    /** The assessment, episode, job, client or entry the place came from: with the source, it names the place. */
    @Column(name = "source_ref", nullable = false)
    public String sourceRef;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** Who recorded it by hand; null when an event said so. */
    @Column(name = "recorded_by")
    public String recordedBy;
}
