package fi.polku.assessment.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.assessment.domain.Assessment;
import fi.polku.assessment.domain.Investigation;
import fi.polku.assessment.repository.AssessmentRepository;
import fi.polku.assessment.repository.InvestigationRepository;
import fi.polku.assessment.repository.TeamRepository;
import fi.polku.access.ClientAccess;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;

/**
 * A work-ability team member's work list: the assessments of the teams the caller is an active member of, and the
 * further investigations those assessments wait on. Membership (the member's {@code userId} is the caller's token
 * subject) decides which teams; each client must also be one the caller may see, so the lists hold nothing the
 * caller could not open, and every client listed is in the access log.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TeamWorkList {

    private final TeamRepository teams;
    private final AssessmentRepository assessments;
    private final InvestigationRepository investigations;
    private final ClientAccess access;
    private final Caller caller;

    public TeamWorkList(TeamRepository teams, AssessmentRepository assessments,
            InvestigationRepository investigations, ClientAccess access, Caller caller) {
        this.teams = teams;
        this.assessments = assessments;
        this.investigations = investigations;
        this.access = access;
        this.caller = caller;
    }

    public Page<Assessment> assessments(WorkListFilter filter, PageRequest page) {
        List<UUID> teamIds = callersTeams(filter.teamId());
        Page<Assessment> found = assessments.page(null, teamIds, filter,
                filter.statusesOr(WorkListFilter.OPEN), access.visibilityParameters(), page);
        found.items().forEach(a -> access.require(a.clientId, "list in the team's assessment work list"));
        return found;
    }

    public Page<Investigation> waitingInvestigations(UUID teamId, PageRequest page) {
        List<UUID> teamIds = callersTeams(teamId);
        Page<Investigation> found = investigations.pageWaitingOnTeams(teamIds, access.visibilityParameters(), page);
        found.items().forEach(i -> access.require(i.clientId, "list in the team's investigation work list"));
        return found;
    }

    /** The caller's teams, or the one asked for when the caller is an active member of it. */
    private List<UUID> callersTeams(UUID teamId) {
        List<UUID> own = teams.idsWithActiveMember(caller.subject());
        if (teamId != null) {
            if (!own.contains(teamId)) {
                throw ProblemException.forbidden("The caller is not an active member of the team");
            }
            return List.of(teamId);
        }
        if (own.isEmpty()) {
            throw ProblemException.forbidden("The caller is not an active member of any work-ability team; name the "
                    + "client (clientId) to list a client's assessments");
        }
        return own;
    }
}
