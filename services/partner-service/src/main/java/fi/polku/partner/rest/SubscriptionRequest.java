package fi.polku.partner.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.partner.domain.ConsentPurpose;

public record SubscriptionRequest(
        @Schema(description = "Where the deliveries are POSTed: an https URL (plain http only on the local stack)",
                format = "uri", example = "https://portal.provider.example/polku/webhooks")
        @NotBlank @Size(max = 2000) String callbackUrl,
        @Schema(description = "Full CloudEvent type names, e.g. fi.polku.coaching.CoachingStarted.v1; only the types"
                + " of the root README's partner table may be named")
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> eventTypes,
        @Schema(description = "The consent purpose the deliveries rest on: an event about a client is delivered only"
                + " while a valid consent of the client names this organisation for this purpose")
        @NotNull ConsentPurpose purpose,
        @Schema(description = "The shared secret in the Standard Webhooks form whsec_<base64 of 24-64 bytes>; leave"
                + " out to have the service generate one (it is shown once, in this request's answer)",
                nullable = true, example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        @Size(max = 200) String secret) {
}
