package fi.polku.intake.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.intake.domain.Client;
import fi.polku.intake.domain.Motivation;
import fi.polku.intake.domain.Screening;
import fi.polku.intake.domain.Segment;
import fi.polku.intake.domain.SegmentDecision;
import fi.polku.intake.domain.SegmentRules;
import fi.polku.intake.domain.Signal;
import fi.polku.intake.messaging.IntakeEvents;
import fi.polku.intake.repository.ClientRecordKind;
import fi.polku.intake.repository.ClientRecords;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.time.ServiceTime;

/** Target-group screenings: the segment derived by {@link SegmentRules}, and a professional's override. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ScreeningService {

    private static final ClientRecordKind<Screening> SCREENINGS = ClientRecordKind.of(Screening.class, "Screening",
            ClientRecordKind.moment("completedAt", r -> r.completedAt));

    private final ClientLookup lookup;
    private final ClientRecords records;
    private final IntakeEvents events;
    private final Caller caller;
    private final ServiceTime time;

    public ScreeningService(ClientLookup lookup, ClientRecords records, IntakeEvents events, Caller caller,
            ServiceTime time) {
        this.lookup = lookup;
        this.records = records;
        this.events = events;
        this.caller = caller;
        this.time = time;
    }

    /** What a screening found, and a professional's override of the derived segment with its reason (or nulls). */
    public record Findings(Set<Signal> signals, int monthsUnemployed, Motivation motivation, Segment overrideSegment,
            String overrideReason, String notes) {
    }

    public Screening complete(UUID clientId, Findings request) {
        Client client = lookup.authorised(clientId, "record a target-group screening");
        boolean hasReason = request.overrideReason() != null && !request.overrideReason().isBlank();
        if (request.overrideSegment() != null && !hasReason) {
            throw ProblemException.invalidField("overrideReason", "is required when the segment is overridden");
        }
        if (request.overrideSegment() == null && hasReason) {
            throw ProblemException.invalidField("overrideSegment", "is required when an override reason is given");
        }
        SegmentDecision decision = SegmentRules.derive(request.signals(), request.monthsUnemployed(),
                request.motivation());
        if (request.overrideSegment() == decision.segment()) {
            throw ProblemException.businessRule("overrideSegment",
                    "equals the derived segment " + decision.segment() + "; leave the override out");
        }
        Screening screening = new Screening();
        screening.id = UUID.randomUUID();
        screening.clientId = client.id;
        decision.signals().forEach(signal -> screening.signals.add(
                new Screening.ScreenedSignal(signal, decision.decisiveSignals().contains(signal))));
        screening.monthsUnemployed = request.monthsUnemployed();
        screening.motivation = request.motivation();
        screening.derivedSegment = decision.segment();
        screening.rule = decision.rule();
        screening.segment = request.overrideSegment() == null ? decision.segment() : request.overrideSegment();
        screening.overrideReason = hasReason ? request.overrideReason().strip() : null;
        screening.notes = request.notes();
        screening.screenedBy = caller.subject();
        screening.completedAt = time.timestamp();
        records.add(screening);
        events.screeningCompleted(screening);
        return screening;
    }

    public Screening get(UUID clientId, UUID id) {
        Client client = lookup.authorised(clientId, "read a screening");
        return records.require(SCREENINGS, client.id, id);
    }

    /** A page of the client's records, oldest first. */
    public Page<Screening> list(UUID clientId, PageRequest page) {
        Client client = lookup.authorised(clientId, "read screenings");
        return records.page(SCREENINGS, client.id, page);
    }
}
