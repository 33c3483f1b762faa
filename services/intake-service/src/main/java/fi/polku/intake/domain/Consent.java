package fi.polku.intake.domain;

import java.time.LocalDate;
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

/** A client's consent to exchange of data between named parties. Never changed; withdrawn by a row of its own. */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_party", joinColumns = @JoinColumn(name = "consent_id"))
    @OrderColumn(name = "position")
    public List<Party> parties = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentPurpose purpose;

    @Column(name = "purpose_description")
    public String purposeDescription;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "given_as", nullable = false)
    public ConsentGivenAs givenAs;

    /** The form's "olen saanut riittävästi tietoa …"; null when not recorded. */
    @Column(name = "client_informed")
    public Boolean clientInformed;

    /** The form's "ymmärrän, että … osallistuminen on minulle vapaaehtoista"; null when not recorded. */
    @Column(name = "participation_voluntary")
    public Boolean participationVoluntary;

    /** "Päivämäärä ja paikka": the day and the place the client gave the consent. */
    @Column(name = "given_on")
    public LocalDate givenOn;

    @Column(name = "given_at_place")
    public String givenAtPlace;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_by_organisation", nullable = false)
    public String recordedByOrganisation;

    @Column(name = "granted_at", nullable = false)
    public OffsetDateTime grantedAt;

    @Embeddable
    public static class Party {

        @Column(nullable = false)
        public String organisation;

        @Column(nullable = false)
        public String name;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public ConsentPartyRole role;

        protected Party() {
        }

        public Party(String organisation, String name, ConsentPartyRole role) {
            this.organisation = organisation;
            this.name = name;
            this.role = role;
        }
    }
}
