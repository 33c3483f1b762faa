package fi.polku.intake.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.ConsentGivenAs;
import fi.polku.intake.domain.ConsentPartyRole;
import fi.polku.intake.domain.ConsentPurpose;
import fi.polku.intake.service.ConsentService;

public record ConsentRequest(
        @Schema(description = "The parties between which data may be exchanged, each organisation and role at most "
                + "once")
        @NotEmpty @Size(max = 20) List<@Valid @NotNull Party> parties,
        @NotNull ConsentPurpose purpose,
        @Schema(description = "The purpose in the words of the consent form", nullable = true) @Size(max = 2000)
        String purposeDescription,
        @NotNull LocalDate validFrom,
        @Schema(description = "Last day of validity, not before validFrom; absent for a consent valid until "
                + "withdrawn", nullable = true)
        LocalDate validUntil,
        @Schema(description = "How the client gave the consent") @NotNull ConsentGivenAs givenAs,
        @Schema(description = "The form's statement that the client has had enough information (\"olen saanut "
                + "riittävästi tietoa\"); true when recorded, as a consent rests on it", nullable = true)
        @AssertTrue(message = "must be true: a consent rests on the client having been informed")
        Boolean clientInformed,
        @Schema(description = "The form's statement that participation is voluntary (\"osallistuminen on minulle "
                + "vapaaehtoista\"); true when recorded", nullable = true)
        @AssertTrue(message = "must be true: a consent is voluntary") Boolean participationVoluntary,
        @Schema(description = "The day the client gave the consent (\"päivämäärä\"); not in the future",
                nullable = true)
        @PastOrPresent LocalDate givenOn,
        @Schema(description = "Where the client gave the consent (\"paikka\"), e.g. Orimattila", nullable = true)
        @Size(min = 1, max = 200) String givenAtPlace) {

    @Schema(name = "ConsentParty")
    public record Party(
            @Schema(description = "Organisation identifier: " + OrganisationSchema.RULE,
                    pattern = OrganisationSchema.PATTERN, examples = "2345678-0")
            @NotBlank @Size(max = 100) @OrganisationId String organisation,
            @Schema(description = "The organisation's or unit's name as on the form", examples = "ValmennusLehto Oy")
            @NotBlank @Size(max = 200) String name,
            @NotNull ConsentPartyRole role) {

        ConsentService.Party party() {
            return new ConsentService.Party(organisation, name, role);
        }
    }

    ConsentService.NewConsent consent() {
        return new ConsentService.NewConsent(parties.stream().map(Party::party).toList(), purpose, purposeDescription,
                validFrom, validUntil, givenAs, clientInformed, participationVoluntary, givenOn, givenAtPlace);
    }
}
