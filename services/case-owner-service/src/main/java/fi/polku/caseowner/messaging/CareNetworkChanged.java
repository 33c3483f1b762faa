package fi.polku.caseowner.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

public record CareNetworkChanged(UUID clientId, Change change, Member member, OffsetDateTime changedAt) {

    public enum Change {
        ADDED,
        ENDED
    }

    /** No name: events carry no personal details beyond ids. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Member(UUID memberId, UUID professionalId, String userId, String role, String organisation,
            LocalDate from, LocalDate until) {
    }
}
