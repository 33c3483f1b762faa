package fi.polku.assessment.rest;

import java.util.List;
import java.util.UUID;

import fi.polku.assessment.domain.Team;
import fi.polku.assessment.domain.TeamMember;

public record TeamView(UUID id, String name, String municipalityCode, String area, List<TeamMember> members,
        long version) {

    public static TeamView of(Team team) {
        return new TeamView(team.id, team.name, team.municipalityCode, team.area, List.copyOf(team.members),
                team.version);
    }
}
