package fi.polku.assessment.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.assessment.domain.Team;
import fi.polku.assessment.repository.TeamRepository;
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

    public Team create(Team.Details details) {
        Team team = Team.create(details, time.timestamp());
        teams.persist(team);
        return team;
    }

    public Team get(UUID id) {
        return teams.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Team", id));
    }

    public Page<Team> list(String municipalityCode, PageRequest page) {
        return teams.page(municipalityCode, page);
    }

    public Team update(UUID id, Team.Details details, String ifMatch) {
        Team team = get(id);
        Versions.requireCurrent(team.version, ifMatch);
        team.change(details, time.timestamp());
        teams.flush();
        return team;
    }
}
