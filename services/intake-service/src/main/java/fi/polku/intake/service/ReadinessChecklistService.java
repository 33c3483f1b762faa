package fi.polku.intake.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.intake.domain.Client;
import fi.polku.intake.domain.ReadinessChecklist;
import fi.polku.intake.domain.ReadinessSign;
import fi.polku.intake.domain.ReadinessStatus;
import fi.polku.intake.domain.RehabilitativeWorkActivityPhase;
import fi.polku.intake.messaging.IntakeEvents;
import fi.polku.intake.repository.ClientRecordKind;
import fi.polku.intake.repository.ClientRecords;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.problem.Violation;
import fi.polku.platform.security.Caller;
import fi.polku.platform.time.ServiceTime;

/** Readiness checklists for supported-employment coaching; every one of the 15 signs is stored with a status. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadinessChecklistService {

    private static final ClientRecordKind<ReadinessChecklist> CHECKLISTS = ClientRecordKind.of(ReadinessChecklist.class,
            "Readiness checklist", ClientRecordKind.moment("assessedAt", r -> r.assessedAt));

    private final ClientLookup lookup;
    private final ClientRecords records;
    private final IntakeEvents events;
    private final Caller caller;
    private final ServiceTime time;

    public ReadinessChecklistService(ClientLookup lookup, ClientRecords records, IntakeEvents events, Caller caller,
            ServiceTime time) {
        this.lookup = lookup;
        this.records = records;
        this.events = events;
        this.caller = caller;
        this.time = time;
    }

    /** The signs assessed, each at most once (one left out counts as unknown), and a note. */
    public record Assessment(List<Item> items, String note) {
    }

    public record Item(ReadinessSign sign, ReadinessStatus status, String note,
            RehabilitativeWorkActivityPhase alternative) {
    }

    public ReadinessChecklist assess(UUID clientId, Assessment request) {
        Client client = lookup.authorised(clientId, "record a readiness checklist");
        Map<ReadinessSign, Item> bySign = new EnumMap<>(ReadinessSign.class);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            Item item = request.items().get(i);
            if (bySign.putIfAbsent(item.sign(), item) != null) {
                violations.add(new Violation("items[" + i + "].sign", "is listed more than once"));
            }
            if (item.alternative() != null && !RehabilitativeWorkActivityPhase.appliesTo(item.sign())) {
                violations.add(new Violation("items[" + i + "].alternative", "is only for "
                        + ReadinessSign.REHABILITATIVE_WORK_ACTIVITY_TRANSITION_NEAR_OR_LONG_PERIOD));
            }
            if (item.alternative() == null && item.status() == ReadinessStatus.MET
                    && RehabilitativeWorkActivityPhase.appliesTo(item.sign())) {
                violations.add(new Violation("items[" + i + "].alternative", "must name which alternative holds"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        ReadinessChecklist checklist = new ReadinessChecklist();
        checklist.id = UUID.randomUUID();
        checklist.clientId = client.id;
        for (ReadinessSign sign : ReadinessSign.values()) {
            Item item = bySign.get(sign);
            checklist.items.add(item == null ? new ReadinessChecklist.Item(sign, ReadinessStatus.UNKNOWN, null, null)
                    : new ReadinessChecklist.Item(sign, item.status(), item.note(), item.alternative()));
        }
        checklist.note = request.note();
        checklist.assessedBy = caller.subject();
        checklist.assessedAt = time.timestamp();
        records.add(checklist);
        events.readinessAssessed(checklist);
        return checklist;
    }

    public ReadinessChecklist get(UUID clientId, UUID id) {
        Client client = lookup.authorised(clientId, "read a readiness checklist");
        return records.require(CHECKLISTS, client.id, id);
    }

    /** A page of the client's records, oldest first. */
    public Page<ReadinessChecklist> list(UUID clientId, PageRequest page) {
        Client client = lookup.authorised(clientId, "read readiness checklists");
        return records.page(CHECKLISTS, client.id, page);
    }
}
