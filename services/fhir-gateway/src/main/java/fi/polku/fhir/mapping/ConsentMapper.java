package fi.polku.fhir.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.Consent.ProvisionComponent;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;

import fi.polku.client.intake.model.ConsentParty;
import fi.polku.client.intake.model.ConsentView;

/**
 * intake's consent as a Consent (privacy scope, LOINC "Patient Consent"): an opt-in whose provision permits the
 * named parties ({@code provision.actor}, information recipients) to process the client's data for its purpose over
 * its validity period. A withdrawn or expired consent is inactive; a withdrawal ends the provision's period.
 * intake finds a consent only under its client, so its logical id is the {@link UuidPair} of both.
 */
@ApplicationScoped
public class ConsentMapper {

    static final String GIVEN_AS_EXTENSION = "https://polku.example.fi/fhir/StructureDefinition/consent-given-as";

    public Consent toConsent(ConsentView view) {
        Consent consent = new Consent();
        consent.setId(new UuidPair(view.getClientId(), view.getId()).id());
        consent.setStatus(status(view.getStatus()));
        consent.setScope(new CodeableConcept(new Coding(FhirSystems.CONSENT_SCOPE, "patient-privacy", "Privacy Consent")));
        consent.addCategory(new CodeableConcept(new Coding(FhirSystems.LOINC, "59284-0", "Patient Consent")));
        consent.setPatient(References.patient(view.getClientId()));
        consent.setDateTimeElement(Dates.dateTime(view.getGrantedAt()));
        consent.addPerformer(References.patient(view.getClientId()));
        consent.addOrganization(References.organisation(view.getRecordedByOrganisation(), null));
        consent.setPolicyRule(new CodeableConcept(new Coding(FhirSystems.ACT_CODE, "OPTIN", "opt-in")));
        if (view.getGivenAs() != null) {
            consent.addExtension(new Extension(GIVEN_AS_EXTENSION, new StringType(view.getGivenAs().getValue())));
        }
        consent.setProvision(provision(view));
        return consent;
    }

    static ConsentState status(ConsentView.StatusEnum status) {
        return switch (status) {
            case ACTIVE, NOT_YET_VALID -> ConsentState.ACTIVE;
            case EXPIRED, WITHDRAWN -> ConsentState.INACTIVE;
        };
    }

    private static ProvisionComponent provision(ConsentView view) {
        ProvisionComponent provision = new ProvisionComponent().setType(Consent.ConsentProvisionType.PERMIT);
        provision.getPeriod().setStartElement(Dates.dateTime(view.getValidFrom()));
        if (view.getWithdrawal() != null) {
            provision.getPeriod().setEndElement(Dates.dateTime(view.getWithdrawal().getWithdrawnFrom()));
        } else if (view.getValidUntil() != null) {
            provision.getPeriod().setEndElement(Dates.dateTime(view.getValidUntil()));
        }
        provision.addPurpose(new Coding(FhirSystems.CONSENT_PURPOSE, view.getPurpose().getValue(),
                view.getPurposeDescription()));
        for (ConsentParty party : view.getParties()) {
            provision.addActor().setRole(new CodeableConcept(
                    new Coding(FhirSystems.PARTICIPATION_TYPE, "IRCP", "information recipient"))
                    .addCoding(new Coding(FhirSystems.CONSENT_PARTY_ROLE, party.getRole().getValue(), null)))
                    .setReference(References.organisation(party.getOrganisation(), party.getName()));
        }
        return provision;
    }
}
