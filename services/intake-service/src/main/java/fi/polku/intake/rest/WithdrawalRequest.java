package fi.polku.intake.rest;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.ConsentGivenAs;
import fi.polku.intake.service.ConsentService;

public record WithdrawalRequest(
        @Schema(description = "From which moment the consent no longer holds; defaults to now; not before the "
                + "consent was recorded (else 422)", nullable = true)
        OffsetDateTime withdrawnFrom,
        @Schema(description = "How the client withdrew the consent") @NotNull ConsentGivenAs givenAs,
        @Size(max = 2000) String reason) {

    ConsentService.Withdrawal withdrawal() {
        return new ConsentService.Withdrawal(withdrawnFrom, givenAs, reason);
    }
}
