package fi.polku.assessment.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.assessment.domain.Profession;
import fi.polku.assessment.domain.Team;
import fi.polku.assessment.domain.TeamMember;
import fi.polku.platform.openapi.Ids;

public record TeamRequest(
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Statistics Finland code of the municipality the team serves")
        @NotNull @Pattern(regexp = "^\\d{3}$", message = "must be a three-digit municipality code") String municipalityCode,
        @Schema(nullable = true, description = "The area the team covers when it crosses municipal borders, e.g. a "
                + "wellbeing county's region")
        @Size(max = 200) String area,
        @NotNull @Size(max = 100) List<@Valid @NotNull Member> members) {

    Team.Details details() {
        return new Team.Details(name, municipalityCode, area, members.stream().map(m -> new TeamMember(m.id(),
                m.name(), m.profession(), m.organisation(), m.userId(), m.active() == null || m.active())).toList());
    }

    @Schema(name = "TeamMemberRequest")
    public record Member(
            @Schema(nullable = true, description = "Keep the id of an existing member when updating; omit it for a new "
                    + "member", implementation = String.class, format = "uuid", pattern = Ids.PATTERN)
            UUID id,
            @NotBlank @Size(max = 200) String name,
            @NotNull Profession profession,
            @Schema(description = "The member's organisation: administrative borders are crossed in the team")
            @NotBlank @Size(max = 200) String organisation,
            @Schema(nullable = true, description = "The member's user id in the county's identity provider (the token subject); an"
                    + " active member with one may see the clients the team assesses")
            @Size(max = 200) String userId,
            @Schema(nullable = true, description = "Defaults to true") Boolean active) {
    }
}
