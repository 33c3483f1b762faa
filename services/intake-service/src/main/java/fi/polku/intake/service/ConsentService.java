package fi.polku.intake.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.intake.domain.Client;
import fi.polku.intake.domain.Consent;
import fi.polku.intake.domain.ConsentGivenAs;
import fi.polku.intake.domain.ConsentPartyRole;
import fi.polku.intake.domain.ConsentPurpose;
import fi.polku.intake.domain.ConsentStatus;
import fi.polku.intake.domain.ConsentWithdrawal;
import fi.polku.intake.domain.OrganisationRegister;
import fi.polku.intake.messaging.IntakeEvents;
import fi.polku.intake.repository.ClientRecordKind;
import fi.polku.intake.repository.ClientRecords;
import fi.polku.intake.repository.ConsentWithdrawalRepository;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.problem.Violation;
import fi.polku.platform.security.Caller;
import fi.polku.platform.time.ServiceTime;

/**
 * A client's consents to exchange of data between named parties. A consent is never changed: a withdrawal is
 * recorded beside it, from a given moment on, once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConsentService {

    private static final ClientRecordKind<Consent> CONSENTS = ClientRecordKind.of(Consent.class, "Consent",
            ClientRecordKind.moment("grantedAt", r -> r.grantedAt));

    private final ClientLookup lookup;
    private final ClientRecords records;
    private final ConsentWithdrawalRepository withdrawals;
    private final IntakeEvents events;
    private final Caller caller;
    private final OrganisationRegister organisations;
    private final ProviderConsents providerConsents;
    private final ServiceTime time;

    public ConsentService(ClientLookup lookup, ClientRecords records, ConsentWithdrawalRepository withdrawals,
            IntakeEvents events, Caller caller, OrganisationRegister organisations,
            ProviderConsents providerConsents, ServiceTime time) {
        this.lookup = lookup;
        this.records = records;
        this.withdrawals = withdrawals;
        this.events = events;
        this.caller = caller;
        this.organisations = organisations;
        this.providerConsents = providerConsents;
        this.time = time;
    }

    /** A consent as given on the form: between which parties, for what, for how long, how, when and where. */
    public record NewConsent(List<Party> parties, ConsentPurpose purpose, String purposeDescription,
            LocalDate validFrom, LocalDate validUntil, ConsentGivenAs givenAs, Boolean clientInformed,
            Boolean participationVoluntary, LocalDate givenOn, String givenAtPlace) {
    }

    public record Party(String organisation, String name, ConsentPartyRole role) {
    }

    /** A withdrawal: from when (null: now), how the client withdrew, and why if told. */
    public record Withdrawal(OffsetDateTime withdrawnFrom, ConsentGivenAs givenAs, String reason) {
    }

    /** A consent with its withdrawal (null: none) and its status at the moment of asking. */
    public record ConsentState(Consent consent, ConsentWithdrawal withdrawal, ConsentStatus status) {
    }

    /** Records a consent; a provider's coach only the one their provider collected ({@link ProviderConsents}). */
    public ConsentState grant(UUID clientId, NewConsent request) {
        Client client = providerConsents.appliesToCaller() ? providerConsents.referredClient(clientId, request)
                : lookup.authorised(clientId, ProviderConsents.ACTION);
        check(request);
        Consent consent = new Consent();
        consent.id = UUID.randomUUID();
        consent.clientId = client.id;
        request.parties().forEach(p -> consent.parties.add(new Consent.Party(p.organisation(), p.name().strip(),
                p.role())));
        consent.purpose = request.purpose();
        consent.purposeDescription = request.purposeDescription();
        consent.validFrom = request.validFrom();
        consent.validUntil = request.validUntil();
        consent.givenAs = request.givenAs();
        consent.clientInformed = request.clientInformed();
        consent.participationVoluntary = request.participationVoluntary();
        consent.givenOn = request.givenOn();
        consent.givenAtPlace = request.givenAtPlace() == null ? null : request.givenAtPlace().strip();
        consent.recordedBy = caller.subject();
        consent.recordedByOrganisation = caller.organisation();
        consent.grantedAt = time.timestamp();
        records.add(consent);
        events.consentGranted(consent);
        return view(consent, null, consent.grantedAt);
    }

    public ConsentState withdraw(UUID clientId, UUID consentId, Withdrawal request) {
        Client client = lookup.authorised(clientId, "record the withdrawal of a consent");
        Consent consent = consentOf(client, consentId);
        ConsentWithdrawal earlier = withdrawals.findById(consent.id);
        if (earlier != null) {
            throw ProblemException.conflict("Consent " + consentId + " was already withdrawn from "
                    + earlier.withdrawnFrom + "; a consent is withdrawn only once",
                    Map.of("withdrawnFrom", earlier.withdrawnFrom.toString()));
        }
        OffsetDateTime now = time.timestamp();
        OffsetDateTime from = request.withdrawnFrom() == null ? now : request.withdrawnFrom();
        if (from.isBefore(consent.grantedAt)) {
            throw ProblemException.businessRule("withdrawnFrom", "must not be before the consent was recorded ("
                    + consent.grantedAt + ")");
        }
        ConsentWithdrawal withdrawal = new ConsentWithdrawal();
        withdrawal.consentId = consent.id;
        withdrawal.withdrawnFrom = from;
        withdrawal.givenAs = request.givenAs();
        withdrawal.reason = request.reason();
        withdrawal.recordedBy = caller.subject();
        withdrawal.recordedByOrganisation = caller.organisation();
        withdrawal.withdrawnAt = now;
        withdrawals.persist(withdrawal);
        // A concurrent second withdrawal fails on the primary key here and rolls back with the first one kept.
        withdrawals.flush();
        events.consentWithdrawn(consent, withdrawal);
        return view(consent, withdrawal, now);
    }

    public ConsentState get(UUID clientId, UUID consentId) {
        Client client = lookup.authorised(clientId, "read a consent");
        Consent consent = consentOf(client, consentId);
        return view(consent, withdrawals.findById(consent.id), time.timestamp());
    }

    /** A page of the client's consents, oldest first, each with its withdrawal and status now. */
    public Page<ConsentState> list(UUID clientId, PageRequest page) {
        Client client = lookup.authorised(clientId, "read consents");
        Page<Consent> found = records.page(CONSENTS, client.id, page);
        Map<UUID, ConsentWithdrawal> withdrawn = withdrawals.forConsents(found.items().stream().map(c -> c.id)
                .toList());
        OffsetDateTime now = time.timestamp();
        return found.map(c -> view(c, withdrawn.get(c.id), now));
    }

    private Consent consentOf(Client client, UUID consentId) {
        return records.require(CONSENTS, client.id, consentId);
    }

    private static ConsentState view(Consent consent, ConsentWithdrawal withdrawal, OffsetDateTime now) {
        return new ConsentState(consent, withdrawal, ConsentStatus.at(consent, withdrawal, now));
    }

    private void check(NewConsent request) {
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.parties().size(); i++) {
            Party party = request.parties().get(i);
            String problem = organisations.problem(party.organisation());
            if (problem != null) {
                violations.add(new Violation("parties[" + i + "].organisation", problem));
            } else if (!seen.add(party.organisation() + "|" + party.role())) {
                violations.add(new Violation("parties[" + i + "]", "names the same organisation and role twice"));
            }
        }
        if (request.validUntil() != null && request.validUntil().isBefore(request.validFrom())) {
            violations.add(new Violation("validUntil", "must not be before validFrom"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
