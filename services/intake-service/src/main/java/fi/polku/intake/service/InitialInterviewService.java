package fi.polku.intake.service;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.intake.domain.Client;
import fi.polku.intake.domain.InitialInterview;
import fi.polku.intake.domain.InterviewTopic;
import fi.polku.intake.domain.OrganisationIdentifier;
import fi.polku.intake.repository.ClientRecordKind;
import fi.polku.intake.repository.ClientRecords;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.time.ServiceTime;

/** Initial interviews (alkuhaastattelu) of the intake service. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InitialInterviewService {

    private static final ClientRecordKind<InitialInterview> INTERVIEWS = ClientRecordKind.of(InitialInterview.class,
            "Initial interview", ClientRecordKind.day("interviewDate", r -> r.interviewDate),
            ClientRecordKind.moment("recordedAt", r -> r.recordedAt));

    private final ClientLookup lookup;
    private final ClientRecords records;
    private final Caller caller;
    private final ServiceTime time;

    public InitialInterviewService(ClientLookup lookup, ClientRecords records, Caller caller, ServiceTime time) {
        this.lookup = lookup;
        this.records = records;
        this.caller = caller;
        this.time = time;
    }

    /**
     * An interview as held: the day, who held it (organisation null: the caller's), what was covered, and the
     * pair-work partner if any (organisation null: the caller's).
     */
    public record Interview(LocalDate interviewDate, String professionalName, String professionalOrganisation,
            Set<InterviewTopic> topics, String summary, String clientGoal, String pairWorkPartnerUserId,
            String pairWorkPartnerOrganisation) {
    }

    public InitialInterview record(UUID clientId, Interview request) {
        Client client = lookup.authorised(clientId, "record an initial interview");
        if (request.interviewDate().isAfter(time.today())) {
            throw ProblemException.invalidField("interviewDate", "must not be in the future");
        }
        String organisation = request.professionalOrganisation() == null ? caller.organisation()
                : request.professionalOrganisation();
        String problem = OrganisationIdentifier.problem(organisation);
        if (problem != null) {
            throw ProblemException.invalidField("professionalOrganisation", problem);
        }
        InitialInterview interview = new InitialInterview();
        pairWork(request, interview);
        interview.id = UUID.randomUUID();
        interview.clientId = client.id;
        interview.interviewDate = request.interviewDate();
        interview.professionalName = request.professionalName().strip();
        interview.professionalOrganisation = organisation;
        interview.topics = EnumSet.copyOf(request.topics());
        interview.summary = request.summary().strip();
        interview.clientGoal = request.clientGoal().strip();
        interview.recordedBy = caller.subject();
        interview.recordedAt = time.timestamp();
        records.add(interview);
        return interview;
    }

    /** Pair work is with another professional: the caller cannot be their own partner. */
    private void pairWork(Interview request, InitialInterview interview) {
        if (request.pairWorkPartnerUserId() == null) {
            if (request.pairWorkPartnerOrganisation() != null) {
                throw ProblemException.invalidField("pairWorkPartnerOrganisation",
                        "is given only with pairWorkPartnerUserId");
            }
            return;
        }
        String organisation = request.pairWorkPartnerOrganisation() == null ? caller.organisation()
                : request.pairWorkPartnerOrganisation();
        String userId = request.pairWorkPartnerUserId().strip();
        if (userId.isEmpty()) {
            throw ProblemException.invalidField("pairWorkPartnerUserId", "must not be blank");
        }
        if (userId.equals(caller.subject()) && organisation.equals(caller.organisation())) {
            throw ProblemException.invalidField("pairWorkPartnerUserId",
                    "must be another professional than the caller");
        }
        interview.pairWorkPartnerUserId = userId;
        interview.pairWorkPartnerOrganisation = organisation;
    }

    public InitialInterview get(UUID clientId, UUID id) {
        Client client = lookup.authorised(clientId, "read an initial interview");
        return records.require(INTERVIEWS, client.id, id);
    }

    /** A page of the client's records, oldest first. */
    public Page<InitialInterview> list(UUID clientId, PageRequest page) {
        Client client = lookup.authorised(clientId, "read initial interviews");
        return records.page(INTERVIEWS, client.id, page);
    }
}
