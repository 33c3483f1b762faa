package fi.polku.assessment.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.assessment.domain.Team;
import fi.polku.assessment.domain.TeamMember;

@Schema(requiredProperties = {"id", "name", "municipalityCode", "area", "members", "version"})
public record TeamView(UUID id, String name,
        @Schema(description = "Statistics Finland code of the municipality the team serves") String municipalityCode,
        @Schema(nullable = true, description = "The area the team covers, when told") String area,
        List<TeamMember> members,
        @Schema(description = "The version, as in the ETag") long version) {

    public static TeamView of(Team team) {
        return new TeamView(team.id, team.name, team.municipalityCode, team.area, List.copyOf(team.members),
                team.version);
    }
}
