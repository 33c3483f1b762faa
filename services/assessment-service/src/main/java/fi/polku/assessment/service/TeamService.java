package fi.polku.assessment.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.assessment.domain.Team;
import fi.polku.assessment.domain.TeamMember;
import fi.polku.assessment.repository.TeamRepository;
import fi.polku.assessment.rest.TeamRequest;
import fi.polku.platform.concurrency.Versions;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.time.ServiceTime;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TeamService {

    private final TeamRepository teams;
    private final ServiceTime time;

    public TeamService(TeamRepository teams, ServiceTime time) {
        this.teams = teams;
        this.time = time;
    }

    public Team create(TeamRequest request) {
        OffsetDateTime now = time.timestamp();
        Team team = new Team();
        team.id = UUID.randomUUID();
        team.createdAt = now;
        team.members = List.of();
        apply(team, request, now);
        teams.persist(team);
        return team;
    }

    public Team get(UUID id) {
        return teams.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Team", id));
    }

    public Page<Team> list(String municipalityCode, PageRequest page) {
        return teams.page(municipalityCode, page);
    }

    public Team update(UUID id, TeamRequest request, String ifMatch) {
        Team team = get(id);
        Versions.requireCurrent(team.version, ifMatch);
        apply(team, request, time.timestamp());
        teams.flush();
        return team;
    }

    /** Members sent with an id keep it, and it must be one of the team's; members without an id are new. */
    private static void apply(Team team, TeamRequest request, OffsetDateTime now) {
        Map<UUID, TeamMember> existing = team.members.stream()
                .collect(Collectors.toMap(TeamMember::id, Function.identity()));
        List<TeamRequest.Member> sent = request.members();
        for (int i = 0; i < sent.size(); i++) {
            UUID memberId = sent.get(i).id();
            if (memberId != null && !existing.containsKey(memberId)) {
                throw ProblemException.invalidField("members[" + i + "].id", "is not a member of this team");
            }
        }
        team.name = request.name().strip();
        team.municipalityCode = request.municipalityCode();
        team.area = request.area() == null ? null : request.area().strip();
        team.members = sent.stream().map(m -> new TeamMember(m.id() == null ? UUID.randomUUID() : m.id(),
                m.name().strip(), m.profession(), m.organisation().strip(),
                m.userId() == null || m.userId().isBlank() ? null : m.userId().strip(), m.active() == null || m.active()))
                .toList();
        team.updatedAt = now;
    }
}
