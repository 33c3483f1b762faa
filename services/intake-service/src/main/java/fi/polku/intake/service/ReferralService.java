package fi.polku.intake.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.intake.domain.Client;
import fi.polku.intake.domain.OrganisationIdentifier;
import fi.polku.intake.domain.Referral;
import fi.polku.intake.domain.ReferralChannel;
import fi.polku.intake.domain.ReferringParty;
import fi.polku.intake.messaging.IntakeEvents;
import fi.polku.intake.repository.ClientRecordKind;
import fi.polku.intake.repository.ClientRecords;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.problem.Violation;
import fi.polku.platform.security.Caller;
import fi.polku.platform.time.ServiceTime;

/** How clients came to the service and who referred them. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReferralService {

    private static final ClientRecordKind<Referral> REFERRALS = ClientRecordKind.of(Referral.class, "Referral",
            ClientRecordKind.moment("receivedAt", r -> r.receivedAt));

    private final ClientLookup lookup;
    private final ClientRecords records;
    private final IntakeEvents events;
    private final Caller caller;
    private final ServiceTime time;

    public ReferralService(ClientLookup lookup, ClientRecords records, IntakeEvents events, Caller caller,
            ServiceTime time) {
        this.lookup = lookup;
        this.records = records;
        this.events = events;
        this.caller = caller;
        this.time = time;
    }

    /** A referral as received: how the client came, who referred them and why, and when (null: now). */
    public record NewReferral(ReferralChannel channel, ReferringParty referringParty, String referrerOrganisation,
            Contact referrerContact, String reason, OffsetDateTime receivedAt) {
    }

    /** The referrer's contact person, kept in this service only. */
    public record Contact(String name, String phone, String email) {
    }

    public Referral receive(UUID clientId, NewReferral request) {
        Client client = lookup.authorised(clientId, "record a referral");
        OffsetDateTime now = time.timestamp();
        check(request, now);
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.clientId = client.id;
        referral.channel = request.channel();
        referral.referringParty = request.referringParty() == null ? ReferringParty.SELF_REFERRAL
                : request.referringParty();
        referral.referrerOrganisation = request.referrerOrganisation();
        if (request.referrerContact() != null) {
            referral.referrerContactName = request.referrerContact().name();
            referral.referrerContactPhone = request.referrerContact().phone();
            referral.referrerContactEmail = request.referrerContact().email();
        }
        referral.reason = request.reason().strip();
        referral.receivedAt = request.receivedAt() == null ? now : request.receivedAt();
        referral.recordedBy = caller.subject();
        referral.recordedAt = now;
        records.add(referral);
        events.referralReceived(referral);
        return referral;
    }

    public Referral get(UUID clientId, UUID id) {
        Client client = lookup.authorised(clientId, "read a referral");
        return records.require(REFERRALS, client.id, id);
    }

    /** A page of the client's records, oldest first. */
    public Page<Referral> list(UUID clientId, PageRequest page) {
        Client client = lookup.authorised(clientId, "read referrals");
        return records.page(REFERRALS, client.id, page);
    }

    private static void check(NewReferral request, OffsetDateTime now) {
        List<Violation> violations = new ArrayList<>();
        boolean self = request.channel() == ReferralChannel.SELF_CONTACT;
        ReferringParty party = request.referringParty();
        if (self && party != null && party != ReferringParty.SELF_REFERRAL) {
            violations.add(new Violation("referringParty",
                    "must be SELF_REFERRAL or absent when the client came on their own"));
        }
        if (!self && (party == null || party == ReferringParty.SELF_REFERRAL)) {
            violations.add(new Violation("referringParty", "must name who referred the client"));
        }
        if (request.referrerOrganisation() != null) {
            String problem = OrganisationIdentifier.problem(request.referrerOrganisation());
            if (problem != null) {
                violations.add(new Violation("referrerOrganisation", problem));
            }
        }
        if (request.receivedAt() != null && request.receivedAt().isAfter(now)) {
            violations.add(new Violation("receivedAt", "must not be in the future"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
