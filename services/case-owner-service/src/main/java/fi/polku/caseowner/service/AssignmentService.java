package fi.polku.caseowner.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.caseowner.domain.Candidate;
import fi.polku.caseowner.domain.CaseOwnerAssignment;
import fi.polku.caseowner.domain.CaseOwnerChange;
import fi.polku.caseowner.domain.CaseOwnerChangeReason;
import fi.polku.caseowner.domain.CaseOwnerRules;
import fi.polku.caseowner.domain.ClientStage;
import fi.polku.caseowner.domain.KnownClient;
import fi.polku.caseowner.domain.Professional;
import fi.polku.caseowner.domain.SegmentRoleFit;
import fi.polku.caseowner.messaging.CaseOwnerEvents;
import fi.polku.caseowner.messaging.ClientDetailsChanged;
import fi.polku.caseowner.messaging.ClientRegistered;
import fi.polku.caseowner.messaging.ScreeningCompleted;
import fi.polku.caseowner.repository.AgreedCaseOwnerRepository;
import fi.polku.caseowner.repository.AssignmentRepository;
import fi.polku.caseowner.repository.CaseOwnerChangeRepository;
import fi.polku.caseowner.repository.KnownClientRepository;
import fi.polku.caseowner.repository.ProfessionalRepository;
import fi.polku.platform.time.ServiceTime;

/**
 * Gives every client a named case owner by {@link CaseOwnerRules}, or puts them in the unassigned queue and says
 * so; moves clients between owners with a history entry and an event for every change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AssignmentService {

    public static final String SYSTEM = "system";
    /**
     * Key of the PostgreSQL advisory lock of all case-owner decisions: exclusive for a decision across municipalities,
     * shared beside the municipality locks of a decision within one.
     */
    private static final long DECISION_LOCK = 0x706f6c6b75L;
    /** The first half of the two-part keys of the municipality locks (the second is the municipality's hash). */
    private static final int MUNICIPALITY_LOCKS = 0x706f6c6b;

    private final KnownClientRepository knownClients;
    private final ProfessionalRepository professionals;
    private final AssignmentRepository assignments;
    private final CaseOwnerChangeRepository history;
    private final CaseOwnerEvents events;
    private final AgreedCaseOwnerRepository agreements;
    private final ClientPlaces places;
    private final ServiceTime time;

    public AssignmentService(KnownClientRepository knownClients, ProfessionalRepository professionals,
            AssignmentRepository assignments, CaseOwnerChangeRepository history, CaseOwnerEvents events,
            AgreedCaseOwnerRepository agreements, ClientPlaces places, ServiceTime time) {
        this.agreements = agreements;
        this.places = places;
        this.knownClients = knownClients;
        this.professionals = professionals;
        this.assignments = assignments;
        this.history = history;
        this.events = events;
        this.time = time;
    }

    /**
     * Serialises case-owner decisions until the transaction ends, excluding every other decision. Call it first,
     * before reading anything the decision depends on: otherwise a consumer placing a client and a request adding a
     * professional can each miss the other's uncommitted change (the client stays queued), or two decisions can
     * overfill one caseload. For the decisions that change professionals or free capacity across municipalities.
     */
    public void lockDecisions() {
        lock("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(:key)) AS locked");
    }

    /**
     * Serialises the decisions that may place a client of the municipality until the transaction ends: with every
     * decision of {@link #lockDecisions()}, and with the placements in the municipalities of every professional who
     * serves this one, as they compete for the same caseloads. Placements in municipalities no professional shares
     * run side by side. Call it first, as {@link #lockDecisions()}.
     *
     * @param municipalityCode the client's municipality; {@code null} (withheld) takes only the shared lock, as the
     *         rules place nobody without one
     */
    public void lockDecisionsIn(String municipalityCode) {
        lock("SELECT count(*) FROM (SELECT pg_advisory_xact_lock_shared(:key)) AS locked");
        if (municipalityCode == null) {
            return;
        }
        // The shared lock holds professionals (and so the caseloads competing here) as they are: only a decision under
        // the exclusive lock changes them. The locks go in one order so that two placements never wait for each other.
        knownClients.getEntityManager().createNativeQuery("""
                        SELECT count(*) FROM (
                            SELECT pg_advisory_xact_lock(:space, hashtext(code)) FROM (
                                SELECT CAST(:municipality AS text) AS code
                                UNION
                                SELECT unnest(p.municipalities) FROM professional p
                                WHERE :municipality = ANY (p.municipalities)
                                ORDER BY code OFFSET 0) AS competing) AS locked""")
                .setParameter("space", MUNICIPALITY_LOCKS)
                .setParameter("municipality", municipalityCode)
                .getSingleResult();
    }

    private void lock(String sql) {
        knownClients.getEntityManager().createNativeQuery(sql).setParameter("key", DECISION_LOCK).getSingleResult();
    }

    public void onClientRegistered(ClientRegistered registered) {
        lockDecisionsIn(registered.municipalityCode());
        if (knownClients.findByIdOptional(registered.clientId()).isPresent()) {
            return;
        }
        OffsetDateTime now = time.timestamp();
        KnownClient client = new KnownClient();
        client.clientId = registered.clientId();
        client.municipalityCode = registered.municipalityCode();
        client.ageBand = registered.ageBand();
        client.registeredAt = registered.registeredAt() == null ? now : registered.registeredAt();
        client.stageChangedAt = client.registeredAt;
        places.register(client);
        CaseOwnerAssignment assignment = new CaseOwnerAssignment();
        assignment.clientId = client.clientId;
        assignment.assignedAt = now;
        assignment.unassignedSince = now;
        assignments.persist(assignment);
        placeByRules(client, assignment, null, "automatic assignment at registration", now);
    }

    /**
     * The segment decides which roles fit. A client waiting in the queue is tried again; a client whose owner's
     * role does not fit the segment moves to a fitting owner if one is available, and otherwise stays.
     */
    public void onScreeningCompleted(ScreeningCompleted screening) {
        // The municipality changes only by intake's events of the client, which this consumer applies in order.
        lockDecisionsIn(knownClients.municipalityOf(screening.clientId()).orElse(null));
        Optional<KnownClient> known = knownClients.findByIdOptional(screening.clientId());
        if (known.isEmpty()) {
            return;
        }
        KnownClient client = known.get();
        OffsetDateTime now = time.timestamp();
        client.segment = screening.segment();
        if (client.stage == ClientStage.REGISTERED) {
            client.moveTo(ClientStage.SCREENED, screening.completedAt() == null ? now : screening.completedAt());
        }
        if (!client.isOpen()) {
            return;
        }
        CaseOwnerAssignment assignment = assignments.findById(client.clientId);
        if (assignment.professionalId == null) {
            placeByRules(client, assignment, null, "automatic assignment after screening", now);
            return;
        }
        Professional owner = professionals.findById(assignment.professionalId);
        if (!SegmentRoleFit.fits(owner.role, client.segment)) {
            choose(client, owner.id).ifPresent(choice -> changeOwner(client, assignment,
                    professionals.findById(choice.professionalId()), CaseOwnerChangeReason.SEGMENT_CHANGED,
                    "screening placed the client in segment " + client.segment + ", which role " + owner.role
                            + " does not fit; " + choice.rule(), SYSTEM, null, now));
        }
    }

    /** A non-disclosure order (turvakielto) withholds the municipality: the one known is forgotten. */
    public void onClientDetailsChanged(ClientDetailsChanged changed) {
        knownClients.findByIdOptional(changed.clientId()).ifPresent(client -> {
            if (changed.nonDisclosure()) {
                client.municipalityCode = null;
            } else if (changed.municipalityCode() != null) {
                client.municipalityCode = changed.municipalityCode();
            }
        });
    }

    /** Offers the queued clients of the professional's municipalities to the rules, longest waiting first. */
    public void placeQueuedClientsFor(Professional professional) {
        if (!professional.active) {
            return;
        }
        for (UUID clientId : assignments.queuedClientsIn(professional.municipalities)) {
            KnownClient client = knownClients.findById(clientId);
            CaseOwnerAssignment assignment = assignments.findById(clientId);
            Optional<CaseOwnerRules.Choice> choice = choose(client, null);
            choice.ifPresent(c -> changeOwner(client, assignment, professionals.findById(c.professionalId()),
                    CaseOwnerChangeReason.ASSIGNMENT_RULES, "assignment from the unassigned queue: " + c.rule(),
                    SYSTEM, null, time.timestamp()));
        }
    }

    /**
     * The fitting candidate the rules choose for the client, never the excluded professional. The rules go by the
     * municipality, so a client whose municipality is withheld (non-disclosure order) waits for a coordinator.
     */
    public Optional<CaseOwnerRules.Choice> choose(KnownClient client, UUID excluded) {
        if (client.municipalityWithheld()) {
            return Optional.empty();
        }
        List<Candidate> candidates = professionals
                .candidatesFor(client.municipalityCode, SegmentRoleFit.rolesFitting(client.segment)).stream()
                .filter(candidate -> !candidate.professionalId().equals(excluded))
                .toList();
        return CaseOwnerRules.choose(candidates, history.earlierOwnersOf(client.clientId));
    }

    /**
     * Places the client by the rules, or puts them in the unassigned queue with a {@code CaseOwnerUnavailable}.
     *
     * @return the new owner, if any
     */
    public Optional<Professional> placeByRules(KnownClient client, CaseOwnerAssignment assignment, UUID excluded,
            String why, OffsetDateTime now) {
        Optional<CaseOwnerRules.Choice> choice = choose(client, excluded);
        if (choice.isPresent()) {
            Professional owner = professionals.findById(choice.get().professionalId());
            changeOwner(client, assignment, owner, CaseOwnerChangeReason.ASSIGNMENT_RULES,
                    why + ": " + choice.get().rule(), SYSTEM, null, now);
            return Optional.of(owner);
        }
        toQueue(client, assignment, CaseOwnerChangeReason.ASSIGNMENT_RULES, why + ": nobody fits", SYSTEM, null,
                now);
        return Optional.empty();
    }

    /**
     * Makes {@code to} the client's owner: a history entry and {@code CaseOwnerAssigned} (the client had no owner)
     * or {@code CaseOwnerChanged}. A person's choice decides the agreements from assessments that waited for one.
     * The events carry the reason's code; a person's words stay in the history.
     */
    public void changeOwner(KnownClient client, CaseOwnerAssignment assignment, Professional to,
            CaseOwnerChangeReason reasonCode, String reason, String changedBy, String handoverNote,
            OffsetDateTime now) {
        UUID from = assignment.professionalId;
        assignment.professionalId = to.id;
        assignment.assignedAt = now;
        assignment.unassignedSince = null;
        record(client.clientId, from, to.id, reasonCode, reason, changedBy, handoverNote, now);
        if (!SYSTEM.equals(changedBy)) {
            agreements.resolveWaiting(client.clientId, now);
        }
        if (from == null) {
            // The rule names what the service decided; a person's words stay in the history.
            events.assigned(client.clientId, to, reasonCode.byHand() ? "assigned by hand: " + reasonCode : reason,
                    now);
        } else {
            events.changed(client.clientId, professionals.findById(from), to, reasonCode, changedBy, now);
        }
    }

    /** Puts the client in the unassigned queue and says so with {@code CaseOwnerUnavailable}. */
    public void toQueue(KnownClient client, CaseOwnerAssignment assignment, CaseOwnerChangeReason reasonCode,
            String reason, String changedBy, String handoverNote, OffsetDateTime now) {
        UUID from = assignment.professionalId;
        assignment.professionalId = null;
        if (from != null) {
            record(client.clientId, from, null, reasonCode, reason, changedBy, handoverNote, now);
        }
        // A client already waiting keeps their place and the time they have waited.
        if (from != null || assignment.unassignedSince == null) {
            assignment.unassignedSince = now;
        }
        events.unavailable(client, assignment.unassignedSince);
    }

    void record(UUID clientId, UUID from, UUID to, CaseOwnerChangeReason reasonCode, String reason, String changedBy,
            String handoverNote, OffsetDateTime at) {
        CaseOwnerChange change = new CaseOwnerChange();
        change.id = UUID.randomUUID();
        change.clientId = clientId;
        change.fromProfessionalId = from;
        change.toProfessionalId = to;
        change.changedAt = at;
        change.changedBy = changedBy;
        change.reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        change.reasonCode = reasonCode;
        change.handoverNote = handoverNote;
        history.persist(change);
    }
}
