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

/** A named person in a client's care network for a period; ending a membership never erases it. */
@Entity
@Table(name = "care_network_member")
public class CareNetworkMember {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(name = "professional_id")
    public UUID professionalId;

    @Column(name = "user_id")
    public String userId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NetworkRole role;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    /** Why a member with a user id (who so gets access to the client's data) was added. */
    @Column(name = "access_reason")
    public String accessReason;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public OffsetDateTime addedAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    @Column(name = "end_reason")
    public String endReason;

    public boolean isCurrentOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validUntil == null || validUntil.isAfter(day));
    }
}
