package fi.polku.fhir.service;

import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;

/**
 * What the gateway serves, as its CapabilityStatement: exactly the interactions and search parameters of the
 * resource classes in {@code fi.polku.fhir.rest} (a test walks this statement against the running gateway).
 */
public final class Capabilities {

    private static final Date PUBLISHED = new Date(0);

    /** A resource type with its interactions and search parameters (name, type, documentation). */
    public record Served(String type, List<TypeRestfulInteraction> interactions, List<String[]> searchParams) {
    }

    public static final List<Served> SERVED = List.of(
            new Served("Patient", List.of(TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE), List.of(
                    new String[] {"_id", "token", "The pseudonymous client id"},
                    new String[] {"identifier", "token",
                        "urn:oid:1.2.246.21|<identity code>, only with POST Patient/_search and a form body"})),
            new Served("EpisodeOfCare", List.of(TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE),
                    List.<String[]>of(new String[] {"patient", "reference", "The client"})),
            new Served("CareTeam", List.of(TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE),
                    List.<String[]>of(new String[] {"patient", "reference", "The client"})),
            new Served("CarePlan", List.of(TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE),
                    List.<String[]>of(new String[] {"patient", "reference",
                        "The client (required); every version of each plan"})),
            new Served("Questionnaire", List.of(TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE),
                    List.of()),
            new Served("QuestionnaireResponse",
                    List.of(TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE), List.<String[]>of(
                            new String[] {"patient", "reference", "The client (required); from their team assessments"})),
            new Served("Observation", List.of(TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE),
                    List.<String[]>of(new String[] {"patient", "reference",
                        "The client (required); the summary scores of their instrument responses"})),
            new Served("ServiceRequest", List.of(TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE),
                    List.<String[]>of(new String[] {"patient", "reference",
                        "The client (required); referrals to the work-ability team and to coaching"})),
            new Served("Task", List.of(TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE),
                    List.<String[]>of(new String[] {"patient", "reference",
                        "The client (required); one per ServiceRequest, its status where the referral stands"})),
            new Served("Consent", List.of(TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE), List.of(
                    new String[] {"patient", "reference", "The client (required)"},
                    new String[] {"_id", "token", "One consent of the client"})),
            new Served("AuditEvent", List.of(TypeRestfulInteraction.READ, TypeRestfulInteraction.SEARCHTYPE),
                    List.<String[]>of(new String[] {"patient", "reference", "The client (required); auditors only"})));

    private Capabilities() {
    }

    public static CapabilityStatement statement(String base) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(PublicationStatus.ACTIVE).setDate(PUBLISHED).setKind(CapabilityStatementKind.INSTANCE)
                .setFhirVersion(FHIRVersion._4_0_1).setPublisher("Polku development team")
                .setName("PolkuFhirGateway").setTitle("Polku FHIR R4 gateway");
        statement.addFormat("application/fhir+json");
        statement.getSoftware().setName("Polku fhir-gateway").setVersion("1.0.0");
        statement.getImplementation().setDescription("The work-ability support service package's clientship, care "
                + "team, consents and access log; every request is decided by the service that owns the data")
                .setUrl(base);
        CapabilityStatementRestComponent rest = statement.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.getSecurity().addService(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth", "OAuth")))
                .setDescription("A bearer JWT (RS256) of the county's OIDC provider, the same as for Polku's REST "
                        + "APIs; the owning services decide access for the token's subject and log it");
        for (Served served : SERVED) {
            CapabilityStatementRestResourceComponent resource = rest.addResource().setType(served.type());
            served.interactions().forEach(interaction -> resource.addInteraction().setCode(interaction));
            for (String[] param : served.searchParams()) {
                resource.addSearchParam().setName(param[0]).setType(SearchParamType.fromCode(param[1]))
                        .setDocumentation(param[2]);
            }
        }
        return statement;
    }
}
