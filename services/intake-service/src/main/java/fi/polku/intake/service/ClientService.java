package fi.polku.intake.service;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.hibernate.exception.ConstraintViolationException;

import fi.polku.intake.domain.Client;
import fi.polku.intake.domain.InvalidIdentityCodeException;
import fi.polku.intake.domain.Municipalities;
import fi.polku.intake.domain.NonDisclosureSource;
import fi.polku.intake.domain.PersonalIdentityCode;
import fi.polku.intake.messaging.IntakeEvents;
import fi.polku.intake.repository.ClientRepository;
import fi.polku.platform.audit.AccessBasis;
import fi.polku.access.CareRelationships;
import fi.polku.access.ClientAccess;
import fi.polku.access.Grantee;
import fi.polku.access.RelationshipKind;
import fi.polku.platform.audit.AccessLog;
import fi.polku.platform.security.Caller;
import fi.polku.platform.security.Roles;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.time.ServiceTime;

/** Registers clients and keeps their details; every access is written to the access log. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClientService {

    private static final Set<String> LANGUAGES = Arrays.stream(java.util.Locale.getISOLanguages())
            .collect(Collectors.toUnmodifiableSet());

    private static final int IDENTITY_CODE_LENGTH = 11;

    private final ClientRepository clients;
    private final Municipalities municipalities;
    private final IdentityCodeProtector protector;
    private final ClientLookup lookup;
    private final IntakeEvents events;
    private final ClientAccess access;
    private final CareRelationships relationships;
    private final Caller caller;
    private final Duration intakeRelationship;
    private final Duration lookupAccess;
    private final IdentityLookups lookups;
    private final AccessLog accessLog;
    private final ServiceTime time;

    public ClientService(ClientRepository clients, ClientLookup lookup, Municipalities municipalities,
            IdentityCodeProtector protector, IntakeEvents events, ClientAccess access,
            CareRelationships relationships, Caller caller, IdentityLookups lookups, AccessLog accessLog,
            ServiceTime time,
            @ConfigProperty(name = "polku.intake.care-relationship", defaultValue = "P90D") Duration intakeRelationship,
            @ConfigProperty(name = "polku.intake.lookup-access", defaultValue = "PT2H") Duration lookupAccess) {
        this.clients = clients;
        this.lookup = lookup;
        this.municipalities = municipalities;
        this.protector = protector;
        this.events = events;
        this.access = access;
        this.relationships = relationships;
        this.caller = caller;
        this.intakeRelationship = intakeRelationship;
        this.lookupAccess = lookupAccess;
        this.lookups = lookups;
        this.accessLog = accessLog;
        this.time = time;
    }

    /** A registration: the identity code, the details, and where intake learned of a non-disclosure order (or null). */
    public record Registration(String identityCode, Client.Details details, NonDisclosureSource nonDisclosureSource) {
    }

    public Client register(Registration request) {
        PersonalIdentityCode code = parseIdentityCode(request.identityCode());
        checkDetails(request.details());
        String index = protector.blindIndex(code);
        clients.findByIdentityIndex(index).ifPresent(existing -> {
            UUID existingId = existing.mergedInto == null ? existing.id : existing.mergedInto;
            // the id only to a caller who may know of that client; anyone else learns only that it exists
            throw alreadyRegistered(access.mayKnowOf(existingId) ? existingId : null);
        });
        OffsetDateTime now = time.timestamp();
        UUID id = UUID.randomUUID();
        Client client = Client.register(id, code, index, protector.encrypt(code, id.toString()), request.details(), now);
        if (request.nonDisclosureSource() != null) {
            client.recordNonDisclosure(request.nonDisclosureSource(), caller.subject(), now);
        }
        try {
            clients.persistAndFlush(client);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException) {
                throw alreadyRegistered(null);
            }
            throw e;
        }
        events.clientRegistered(client);
        startIntakeRelationship(client.id);
        access.require(client.id, "register client");
        return client;
    }

    /** A merged client's id answers the client it was merged into. */
    public Client get(UUID id) {
        Client client = lookup.require(id);
        access.require(client.id, client.underNonDisclosure()
                ? "read client details under a non-disclosure order" : "read client details");
        return client;
    }

    public Client update(UUID id, Client.Details details, String ifMatch) {
        Client client = lookup.authorised(id, "update client details");
        Versions.requireCurrent(client.version, ifMatch);
        checkDetails(details);
        client.change(details, time.timestamp());
        clients.flush();
        events.clientDetailsChanged(client);
        return client;
    }

    /**
     * Which client an identity code belongs to: the answer names the client and opens nothing. An intake worker who
     * states why the client's record must be opened at the front desk gets {@link AccessBasis#INTAKE_LOOKUP} to
     * intake's data for a short while ({@code polku.intake.lookup-access}), shown as such in the access log.
     */
    public UUID findByIdentityCode(String identityCode, String intakeReason) {
        if (intakeReason != null && !caller.hasRole(Roles.INTAKE_WORKER)) {
            throw ProblemException.forbidden("Only an intake worker may open a record at intake");
        }
        PersonalIdentityCode code = parseIdentityCode(identityCode);
        String reason = intakeReason == null ? null : intakeReason.strip();
        Client client = lookup.require(lookups.lookUp(protector.blindIndex(code), reason).found().id);
        if (reason == null) {
            accessLog.record(client.id, "identified the client by identity code", AccessBasis.IDENTIFICATION);
            return client.id;
        }
        OffsetDateTime now = time.timestamp();
        relationships.open(client.id, Grantee.of(caller), RelationshipKind.INTAKE_LOOKUP, "lookup", now,
                now.plus(lookupAccess), now);
        access.require(client.id, "opened the record at intake after a lookup by identity code");
        return client.id;
    }

    /**
     * The active clients of a name and birth date, for an intake worker to find an existing client before
     * registering a duplicate: the answer names the clients and opens nothing, each match shows in its client's
     * access log as an identification, and the search is logged and limited like a lookup by identity code.
     */
    public Page<Client> findByNameAndBirthDate(String firstName, String lastName, LocalDate birthDate,
            PageRequest page) {
        List<Client> matches = lookups.searchByName(firstName, lastName, birthDate).found();
        Page<Client> result = Page.slice(matches, page, client -> PageKey.of(client.registeredAt, client.id));
        result.items().forEach(client -> accessLog.record(client.id, "found the client by name and birth date",
                AccessBasis.IDENTIFICATION));
        return result;
    }

    /** The intake worker who registers a client handles the client's intake and so has a care relationship for a while. */
    private void startIntakeRelationship(UUID clientId) {
        OffsetDateTime now = time.timestamp();
        relationships.open(clientId, Grantee.of(caller), RelationshipKind.INTAKE, "intake", now,
                now.plus(intakeRelationship), now);
    }

    /**
     * The API takes a code of exactly 11 characters, letters in either case (the domain would also strip
     * surrounding whitespace; the API does not, so that the published length holds).
     */
    private static PersonalIdentityCode parseIdentityCode(String identityCode) {
        if (identityCode != null && !identityCode.isBlank() && identityCode.length() != IDENTITY_CODE_LENGTH) {
            throw ProblemException.invalidField("identityCode", "must be 11 characters long (DDMMYYCZZZQ)");
        }
        try {
            return PersonalIdentityCode.parse(identityCode);
        } catch (InvalidIdentityCodeException e) {
            throw ProblemException.invalidField("identityCode", e.getMessage());
        }
    }

    private void checkDetails(Client.Details details) {
        if (!municipalities.exists(details.municipalityCode())) {
            throw ProblemException.invalidField("municipalityCode",
                    "is not a municipality code of Statistics Finland's classification");
        }
        if (!LANGUAGES.contains(details.preferredLanguage())) {
            throw ProblemException.invalidField("preferredLanguage", "is not an ISO 639-1 language code");
        }
    }

    private static ProblemException alreadyRegistered(UUID existingId) {
        return ProblemException.conflict("A client with this identity code is already registered",
                existingId == null ? Map.of() : Map.of("existingClientId", existingId));
    }
}
