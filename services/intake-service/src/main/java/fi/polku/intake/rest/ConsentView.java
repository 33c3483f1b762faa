package fi.polku.intake.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.Consent;
import fi.polku.intake.domain.ConsentGivenAs;
import fi.polku.intake.domain.ConsentPurpose;
import fi.polku.intake.domain.ConsentWithdrawal;
import fi.polku.intake.service.ConsentService;

public record ConsentView(
        UUID id,
        UUID clientId,
        List<ConsentRequest.Party> parties,
        ConsentPurpose purpose,
        @Schema(nullable = true) String purposeDescription,
        LocalDate validFrom,
        @Schema(description = "Last day of validity; null for a consent valid until withdrawn",
                nullable = true)
        LocalDate validUntil,
        ConsentGivenAs givenAs,
        @Schema(nullable = true, description = "The form's statement that the client has had enough information; "
                + "null when not recorded") Boolean clientInformed,
        @Schema(nullable = true, description = "The form's statement that participation is voluntary; null when "
                + "not recorded") Boolean participationVoluntary,
        @Schema(nullable = true, description = "The day the client gave the consent") LocalDate givenOn,
        @Schema(nullable = true, description = "Where the client gave the consent") String givenAtPlace,
        String recordedBy,
        String recordedByOrganisation,
        OffsetDateTime grantedAt,
        @Schema(description = "As of the time of the response",
                enumeration = {"ACTIVE", "NOT_YET_VALID", "EXPIRED", "WITHDRAWN"})
        String status,
        Withdrawal withdrawal) {

    /** Nullable as a schema: it is only ever the {@code withdrawal} of a consent, null until there is one. */
    @Schema(name = "ConsentWithdrawal", nullable = true, description = "The withdrawal of a consent, from a given "
            + "moment; null until the consent is withdrawn")
    public record Withdrawal(OffsetDateTime withdrawnFrom, ConsentGivenAs givenAs,
            @Schema(nullable = true) String reason, String recordedBy,
            String recordedByOrganisation, OffsetDateTime withdrawnAt) {
    }

    static ConsentView of(ConsentService.ConsentState state) {
        Consent consent = state.consent();
        ConsentWithdrawal withdrawal = state.withdrawal();
        return new ConsentView(consent.id, consent.clientId,
                consent.parties.stream().map(p -> new ConsentRequest.Party(p.organisation, p.name, p.role)).toList(),
                consent.purpose, consent.purposeDescription, consent.validFrom, consent.validUntil, consent.givenAs,
                consent.clientInformed, consent.participationVoluntary, consent.givenOn, consent.givenAtPlace,
                consent.recordedBy, consent.recordedByOrganisation, consent.grantedAt, state.status().name(),
                withdrawal == null ? null : new Withdrawal(withdrawal.withdrawnFrom, withdrawal.givenAs,
                        withdrawal.reason, withdrawal.recordedBy, withdrawal.recordedByOrganisation,
                        withdrawal.withdrawnAt));
    }
}
