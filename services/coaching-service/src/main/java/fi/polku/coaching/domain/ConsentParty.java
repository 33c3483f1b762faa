package fi.polku.coaching.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One party of a client's consent, as intake announced it; withdrawn from a date on. */
@Entity
@Table(name = "consent_party")
public class ConsentParty {

    @Embeddable
    public record Key(@Column(name = "consent_id") UUID consentId, @Column(name = "organisation") String organisation,
            @Column(name = "role") String role) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    public String purpose;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "withdrawn_from")
    public OffsetDateTime withdrawnFrom;

    /** Valid on the Finnish calendar day {@code today} and not withdrawn by the instant {@code now}. */
    public boolean validAt(LocalDate today, OffsetDateTime now) {
        return !today.isBefore(validFrom) && (validUntil == null || !today.isAfter(validUntil))
                && (withdrawnFrom == null || now.isBefore(withdrawnFrom));
    }
}
