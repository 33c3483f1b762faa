package fi.polku.coaching.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.ProviderRegistration;

public record ProviderRequest(
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "The provider's Finnish business ID (Y-tunnus, e.g. 2345678-0), validated with its check"
                + " digit; it is the org claim of its coaches' tokens and the organisation of consent parties")
        @NotBlank @Pattern(regexp = "^\\d{7}-\\d$", message = "must be a Finnish business ID (Y-tunnus) 1234567-8")
        String organisationId,
        @Schema(description = "The ELY centre's contract under which the provider was procured")
        @NotNull @Valid ContractRequest contract) {

    public ProviderRegistration registration() {
        return new ProviderRegistration(name.strip(), organisationId, contract.terms());
    }
}
