package fi.polku.caseowner.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.CareNetworkMember;
import fi.polku.caseowner.domain.NetworkRole;
import fi.polku.caseowner.domain.Professional;
import fi.polku.caseowner.messaging.CareNetworkChanged;
import fi.polku.caseowner.messaging.CaseOwnerEvents;
import fi.polku.caseowner.repository.CareNetworkRepository;
import fi.polku.caseowner.repository.KnownClientRepository;
import fi.polku.caseowner.repository.ProfessionalRepository;
import fi.polku.platform.audit.AccessBasis;
import fi.polku.access.ClientAccess;
import fi.polku.platform.audit.AccessLog;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.problem.Violation;
import fi.polku.platform.security.Caller;
import fi.polku.platform.time.ServiceTime;

/**
 * The named persons around a client besides the case owner. Memberships end with an end date and are never erased;
 * nothing here ends a membership because another service starts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CareNetworkService {

    private final KnownClientRepository knownClients;
    private final ProfessionalRepository professionals;
    private final CareNetworkRepository network;
    private final CaseOwnerEvents events;
    private final ClientAccess access;
    private final Caller caller;
    private final AccessLog accessLog;
    private final ServiceTime time;

    public CareNetworkService(KnownClientRepository knownClients, ProfessionalRepository professionals,
            CareNetworkRepository network, CaseOwnerEvents events, ClientAccess access, Caller caller,
            AccessLog accessLog, ServiceTime time) {
        this.knownClients = knownClients;
        this.professionals = professionals;
        this.network = network;
        this.events = events;
        this.access = access;
        this.caller = caller;
        this.accessLog = accessLog;
        this.time = time;
    }

    /** The client's care network, current and ended, a page at a time (key: first day, added at, id). */
    public Page<CareNetworkMember> networkOf(UUID clientId, PageRequest page) {
        requireKnown(clientId);
        access.requireOrSupervise(clientId, "read care network");
        String[] after = page.afterParts(3);
        return Page.of(network.networkOf(clientId, after == null ? null : date(after[0]),
                        after == null ? null : PageKey.moment(after[1]), after == null ? null : PageKey.uuid(after[2]),
                        page.fetchSize()), page,
                member -> PageKey.of(member.validFrom, member.addedAt, member.id));
    }

    private static LocalDate date(String part) {
        try {
            return LocalDate.parse(part);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
        }
    }

    /**
     * Adds a member. A member with a user id gets access to the client's data, so that needs a stated reason, is
     * logged as an action of its own, and is never the caller: nobody creates an access basis for themselves.
     */
    /** A person joining the network: a registered professional, or one named with their organisation. */
    public record NewMember(UUID professionalId, String name, String organisation, String userId, NetworkRole role,
            LocalDate from, String reason) {
    }

    public CareNetworkMember add(UUID clientId, NewMember request) {
        requireKnown(clientId);
        AccessBasis basis = access.requireOrSupervise(clientId, "add care network member");
        CareNetworkMember member = new CareNetworkMember();
        if (request.professionalId() != null) {
            Professional professional = professionals.findByIdOptional(request.professionalId())
                    .orElseThrow(() -> ProblemException.businessRule("professionalId",
                            "no professional " + request.professionalId() + " exists"));
            member.professionalId = professional.id;
            member.name = professional.name;
            member.organisation = professional.organisation;
            member.userId = professional.userId;
        } else {
            List<Violation> missing = new ArrayList<>();
            if (request.name() == null || request.name().isBlank()) {
                missing.add(new Violation("name", "is required without professionalId"));
            }
            if (request.organisation() == null || request.organisation().isBlank()) {
                missing.add(new Violation("organisation", "is required without professionalId"));
            }
            if (!missing.isEmpty()) {
                throw ProblemException.invalid(missing);
            }
            member.name = request.name().strip();
            member.organisation = request.organisation().strip();
        }
        if (request.userId() != null) {
            member.userId = request.userId().strip();
        }
        if (member.userId != null) {
            requireAccessGrantable(clientId, member.userId, request.reason());
            member.accessReason = request.reason().strip();
        }
        OffsetDateTime now = time.timestamp();
        member.id = UUID.randomUUID();
        member.clientId = clientId;
        member.role = request.role();
        member.validFrom = request.from() == null ? now.toLocalDate() : request.from();
        member.addedBy = caller.subject();
        member.addedAt = now;
        network.persist(member);
        if (member.userId != null) {
            accessLog.record(clientId, "gave user " + member.userId + " access as a care network member", basis);
        }
        events.networkChanged(member, CareNetworkChanged.Change.ADDED, now);
        return member;
    }

    private void requireAccessGrantable(UUID clientId, String userId, String reason) {
        if (userId.equals(caller.subject())) {
            accessLog.recordDenied(clientId, "add themselves to the care network");
            throw ProblemException.forbidden("Nobody may add themselves to a client's care network: another"
                    + " professional decides who gets access to the client's data");
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "is required for a member with a user id, who gets access"
                    + " to the client's data");
        }
    }

    /** Ends the membership on {@code until} (default today); ending an ended membership changes nothing. */
    public CareNetworkMember end(UUID clientId, UUID memberId, LocalDate until, String reason) {
        requireKnown(clientId);
        access.requireOrSupervise(clientId, "end care network membership");
        CareNetworkMember member = network.findByIdOptional(memberId)
                .filter(m -> m.clientId.equals(clientId))
                .orElseThrow(() -> ProblemException.notFound("Care network member", memberId));
        if (member.validUntil != null) {
            return member;
        }
        OffsetDateTime now = time.timestamp();
        LocalDate end = until == null ? now.toLocalDate() : until;
        if (end.isBefore(member.validFrom)) {
            throw ProblemException.invalidField("until", "must not be before the membership began");
        }
        member.validUntil = end;
        member.endedBy = caller.subject();
        member.endedAt = now;
        member.endReason = reason;
        events.networkChanged(member, CareNetworkChanged.Change.ENDED, now);
        return member;
    }

    private void requireKnown(UUID clientId) {
        if (knownClients.findByIdOptional(clientId).isEmpty()) {
            throw ProblemException.notFound("Client", clientId);
        }
    }
}
