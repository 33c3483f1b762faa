package fi.polku.caseowner.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.caseowner.domain.CareNetworkMember;
import fi.polku.caseowner.domain.NetworkRole;

public record NetworkMemberView(
        UUID id,
        UUID clientId,
        @Schema(nullable = true, description = "Null for a person named directly") UUID professionalId,
        @Schema(nullable = true) String userId,
        String name,
        NetworkRole role,
        String organisation,
        LocalDate from,
        @Schema(nullable = true, description = "The day the membership ended (exclusive); null while it lasts") LocalDate until,
        boolean current,
        String addedBy,
        OffsetDateTime addedAt,
        @Schema(nullable = true) String endedBy,
        @Schema(nullable = true) String endReason) {

    public static NetworkMemberView of(CareNetworkMember member, LocalDate today) {
        return new NetworkMemberView(member.id, member.clientId, member.professionalId, member.userId, member.name,
                member.role, member.organisation, member.validFrom, member.validUntil, member.isCurrentOn(today),
                member.addedBy, member.addedAt, member.endedBy, member.endReason);
    }
}
