package fi.polku.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

import fi.polku.client.intake.model.ClientView;
import fi.polku.testkit.fhir.FhirValidation;

class PatientMapperTest {

    private final PatientMapper mapper = new PatientMapper();

    @Test
    void aClientIsAValidPatientUnderTheirPseudonymousIdWithFiBaseMunicipality() {
        UUID id = UUID.randomUUID();
        ClientView client = new ClientView().id(id).firstName("Testi").lastName("Asiakas")
                .birthDate(LocalDate.of(1985, 3, 2)).municipalityCode("398").preferredLanguage("fi")
                .phone("+358401234567").email("testi@example.fi").temporaryIdentityCode(false)
                .registeredAt(OffsetDateTime.parse("2026-01-05T10:00:00Z"))
                .updatedAt(OffsetDateTime.parse("2026-01-06T10:00:00Z")).version(1L);

        Patient patient = mapper.toPatient(client);

        assertThat(FhirValidation.errors(patient)).isEmpty();
        assertThat(patient.getIdElement().getIdPart()).isEqualTo(id.toString());
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Asiakas");
        assertThat(patient.getNameFirstRep().getGivenAsSingleString()).isEqualTo("Testi");
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1985-03-02");
        Coding municipality = (Coding) patient.getExtensionByUrl(FhirSystems.MUNICIPALITY_EXTENSION).getValue();
        assertThat(municipality.getSystem()).isEqualTo("urn:oid:1.2.246.537.6.21");
        assertThat(municipality.getCode()).isEqualTo("398");
        assertThat(patient.getCommunicationFirstRep().getLanguage().getCodingFirstRep().getCode()).isEqualTo("fi");
        assertThat(patient.getIdentifier()).as("intake's view holds no identity code, so none is written")
                .noneMatch(identifier -> FhirSystems.IDENTITY_CODE.equals(identifier.getSystem()));
    }

    @Test
    void aClientUnderANonDisclosureOrderIsLabelledTurvakieltoAndTheirWhereaboutsStayInIntake() {
        ClientView client = new ClientView().id(UUID.randomUUID()).firstName("Turva").lastName("Asiakas")
                .birthDate(LocalDate.of(1990, 1, 1)).municipalityCode("398").preferredLanguage("fi")
                .phone("+358401234567").email("turva@example.fi").temporaryIdentityCode(false)
                .nonDisclosure(true).registeredAt(OffsetDateTime.parse("2026-01-05T10:00:00Z"))
                .updatedAt(OffsetDateTime.parse("2026-01-06T10:00:00Z")).version(2L);

        Patient patient = mapper.toPatient(client);

        assertThat(FhirValidation.errors(patient)).isEmpty();
        assertThat(patient.getMeta().getSecurity()).extracting(Coding::getSystem, Coding::getCode).containsExactly(
                tuple("https://hl7.fi/fhir/finnish-base-profiles/CodeSystem/fi-base-security-label-cs", "TURVAKIELTO"),
                tuple("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "R"));
        assertThat(patient.getExtensionByUrl(FhirSystems.MUNICIPALITY_EXTENSION)).isNull();
        assertThat(patient.getTelecom()).isEmpty();
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Asiakas");
    }

    @Test
    void aClientWithoutAnOrderCarriesNoSecurityLabel() {
        ClientView client = new ClientView().id(UUID.randomUUID()).firstName("Testi").lastName("Asiakas")
                .birthDate(LocalDate.of(1985, 3, 2)).municipalityCode("398").nonDisclosure(false)
                .registeredAt(OffsetDateTime.parse("2026-01-05T10:00:00Z"))
                .updatedAt(OffsetDateTime.parse("2026-01-06T10:00:00Z")).version(1L);

        assertThat(mapper.toPatient(client).getMeta().getSecurity()).isEmpty();
    }
}
