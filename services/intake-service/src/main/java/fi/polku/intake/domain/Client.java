package fi.polku.intake.domain;

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

/** A client in the county's register for the service package. The identity code is only stored encrypted. */
@Entity
@Table(name = "client")
public class Client {

    @Id
    public UUID id;

    @Column(name = "identity_code_encrypted", nullable = false)
    public byte[] identityCodeEncrypted;

    @Column(name = "identity_code_index", nullable = false, unique = true)
    public String identityCodeIndex;

    @Column(name = "temporary_identity_code", nullable = false)
    public boolean temporaryIdentityCode;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    @Column(name = "preferred_language", nullable = false)
    public String preferredLanguage;

    public String phone;

    public String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "client_group")
    public ClientGroup clientGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_seeker_registration")
    public JobSeekerRegistration jobSeekerRegistration;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Set when this client was merged into another: this row stays as an alias of the client kept. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "merged_at")
    public OffsetDateTime mergedAt;

    /**
     * Set while the client has a non-disclosure order for personal safety (turvakielto): where intake learned of it.
     * The municipality and contact details then stay in intake: other services, events and reports do not get them.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "non_disclosure_source")
    public NonDisclosureSource nonDisclosureSource;

    @Column(name = "non_disclosure_recorded_by")
    public String nonDisclosureRecordedBy;

    @Column(name = "non_disclosure_recorded_at")
    public OffsetDateTime nonDisclosureRecordedAt;

    @Version
    public long version;

    /** The details a client's record keeps and a worker may change. */
    public record Details(String firstName, String lastName, String municipalityCode, String preferredLanguage,
            String phone, String email, ClientGroup clientGroup, JobSeekerRegistration jobSeekerRegistration) {
    }

    /** A newly registered client; the code is kept only as its blind index and encrypted under the client's id. */
    public static Client register(UUID id, PersonalIdentityCode code, String identityCodeIndex,
            byte[] identityCodeEncrypted, Details details, OffsetDateTime at) {
        Client client = new Client();
        client.id = id;
        client.identityCodeIndex = identityCodeIndex;
        client.identityCodeEncrypted = identityCodeEncrypted;
        client.temporaryIdentityCode = code.temporary();
        client.birthDate = code.birthDate();
        client.registeredAt = at;
        client.change(details, at);
        return client;
    }

    public void change(Details details, OffsetDateTime at) {
        firstName = details.firstName().strip();
        lastName = details.lastName().strip();
        municipalityCode = details.municipalityCode();
        preferredLanguage = details.preferredLanguage();
        phone = details.phone();
        email = details.email();
        clientGroup = details.clientGroup();
        jobSeekerRegistration = details.jobSeekerRegistration();
        updatedAt = at;
    }

    public boolean underNonDisclosure() {
        return nonDisclosureSource != null;
    }

    /** The municipality as other services may learn it: none while a non-disclosure order holds. */
    public String disclosedMunicipalityCode() {
        return underNonDisclosure() ? null : municipalityCode;
    }

    public void recordNonDisclosure(NonDisclosureSource source, String recordedBy, OffsetDateTime at) {
        nonDisclosureSource = source;
        nonDisclosureRecordedBy = recordedBy;
        nonDisclosureRecordedAt = at;
        updatedAt = at;
    }

    public void endNonDisclosure(OffsetDateTime at) {
        nonDisclosureSource = null;
        nonDisclosureRecordedBy = null;
        nonDisclosureRecordedAt = null;
        updatedAt = at;
    }
}
