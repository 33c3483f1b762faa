package fi.polku.caseowner.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.NetworkRole;
import fi.polku.caseowner.service.CareNetworkService;

/** A person joining the client's care network: a registered professional, or named directly. */
public record NetworkMemberRequest(
        @Schema(description = "A registered professional; their name, organisation and user id are taken from the register")
        UUID professionalId,
        @Schema(description = "Required without professionalId") @Size(min = 1, max = 200) String name,
        @Schema(description = "Required without professionalId") @Size(min = 1, max = 200) String organisation,
        @Schema(description = "The person's login subject (the JWT sub), if they have one") @Size(min = 1, max = 200) String userId,
        @NotNull NetworkRole role,
        @Schema(description = "First day of the membership; defaults to today") LocalDate from,
        @Schema(description = "Required when the member has a user id (given here or in the professional register),"
                + " since the member then gets access to the client's data: why this person needs it")
        @Size(min = 10, max = 500) String reason) {

    CareNetworkService.NewMember member() {
        return new CareNetworkService.NewMember(professionalId, name, organisation, userId, role, from, reason);
    }
}
