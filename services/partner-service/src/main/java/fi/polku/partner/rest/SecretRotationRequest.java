package fi.polku.partner.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SecretRotationRequest(
        @Schema(description = "The new shared secret in the Standard Webhooks form whsec_<base64 of 24-64 bytes>;"
                + " leave out to have the service generate one (it is shown once, in this request's answer)",
                nullable = true, example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        @Size(max = 200) String secret,
        @Schema(description = "How many hours the current secret goes on signing beside the new one (0 ends it at"
                + " once); 24 when left out", nullable = true, minimum = "0", maximum = "168", example = "24")
        @Min(0) @Max(168) Integer overlapHours) {
}
