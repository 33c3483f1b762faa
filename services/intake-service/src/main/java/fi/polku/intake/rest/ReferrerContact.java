package fi.polku.intake.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.service.ReferralService;

@Schema(description = "The referring professional's contact details; never published in events. Optional (null) "
        + "wherever it appears.", nullable = true)
public record ReferrerContact(
        @Schema(nullable = true) @Size(max = 200) String name,
        @Schema(description = "6 to 15 digits, optionally starting with +", examples = "+358401234567",
                nullable = true)
        @Pattern(regexp = "^\\+?[0-9]{6,15}$", message = "must be 6 to 15 digits, optionally starting with +")
        String phone,
        @Schema(format = "email", nullable = true) @Email @Size(max = 254) String email) {
    ReferralService.Contact contact() {
        return new ReferralService.Contact(name, phone, email);
    }
}
