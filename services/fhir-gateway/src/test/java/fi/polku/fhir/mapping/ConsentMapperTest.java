package fi.polku.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.junit.jupiter.api.Test;

import fi.polku.client.intake.model.ConsentGivenAs;
import fi.polku.client.intake.model.ConsentParty;
import fi.polku.client.intake.model.ConsentPartyRole;
import fi.polku.client.intake.model.ConsentPurpose;
import fi.polku.client.intake.model.ConsentView;
import fi.polku.client.intake.model.ConsentWithdrawal;
import fi.polku.testkit.fhir.FhirValidation;

class ConsentMapperTest {

    private final ConsentMapper mapper = new ConsentMapper();

    @Test
    void aConsentPermitsItsPartiesForItsPurposeOverItsValidity() {
        UUID client = UUID.randomUUID();
        ConsentView view = consent(client, ConsentView.StatusEnum.ACTIVE, null);
        Consent consent = mapper.toConsent(view);

        assertThat(FhirValidation.errors(consent)).isEmpty();
        assertThat(UuidPair.parse(consent.getIdElement().getIdPart())).as("read by id: intake finds it under its client")
                .contains(new UuidPair(client, view.getId()));
        assertThat(consent.getStatus()).isEqualTo(ConsentState.ACTIVE);
        assertThat(consent.getPatient().getReference()).isEqualTo("Patient/" + client);
        assertThat(consent.getProvision().getType()).isEqualTo(Consent.ConsentProvisionType.PERMIT);
        assertThat(consent.getProvision().getPurposeFirstRep().getCode()).isEqualTo("SUPPORTED_EMPLOYMENT_COACHING");
        assertThat(consent.getProvision().getPeriod().getStartElement().getValueAsString()).isEqualTo("2026-01-10");
        assertThat(consent.getProvision().getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-12-31");
        assertThat(consent.getProvision().getActorFirstRep().getReference().getIdentifier().getValue())
                .isEqualTo("1234567-8");
        assertThat(consent.getProvision().getActorFirstRep().getRole().getCodingFirstRep().getCode()).isEqualTo("IRCP");
    }

    @Test
    void aWithdrawnConsentIsInactiveAndItsProvisionEndsAtTheWithdrawal() {
        Consent consent = mapper.toConsent(consent(UUID.randomUUID(), ConsentView.StatusEnum.WITHDRAWN,
                new ConsentWithdrawal().withdrawnFrom(OffsetDateTime.parse("2026-03-01T12:00:00Z"))
                        .givenAs(ConsentGivenAs.VERBAL).recordedBy("sub-1").recordedByOrganisation("hyvinvointialue-dev")
                        .withdrawnAt(OffsetDateTime.parse("2026-03-01T12:00:00Z"))));

        assertThat(FhirValidation.errors(consent)).isEmpty();
        assertThat(consent.getStatus()).isEqualTo(ConsentState.INACTIVE);
        assertThat(consent.getProvision().getPeriod().getEndElement().getValueAsString()).startsWith("2026-03-01T12:00:00");
    }

    @Test
    void anExpiredConsentIsInactiveAndOneNotYetValidIsActiveFromItsStart() {
        assertThat(ConsentMapper.status(ConsentView.StatusEnum.EXPIRED)).isEqualTo(ConsentState.INACTIVE);
        assertThat(ConsentMapper.status(ConsentView.StatusEnum.NOT_YET_VALID)).isEqualTo(ConsentState.ACTIVE);
    }

    private static ConsentView consent(UUID client, ConsentView.StatusEnum status, ConsentWithdrawal withdrawal) {
        return new ConsentView().id(UUID.randomUUID()).clientId(client)
                .parties(List.of(new ConsentParty().organisation("1234567-8").name("Työhönvalmennus Oy")
                        .role(ConsentPartyRole.COACHING_PROVIDER)))
                .purpose(ConsentPurpose.SUPPORTED_EMPLOYMENT_COACHING).purposeDescription("Tuettu työllistyminen")
                .validFrom(LocalDate.of(2026, 1, 10)).validUntil(LocalDate.of(2026, 12, 31))
                .givenAs(ConsentGivenAs.SIGNED_FORM).recordedBy("sub-1").recordedByOrganisation("hyvinvointialue-dev")
                .grantedAt(OffsetDateTime.parse("2026-01-10T09:00:00Z")).status(status).withdrawal(withdrawal);
    }
}
