package fi.polku.system;

import static fi.polku.system.SystemClients.call;
import static fi.polku.system.SystemClients.newIdentityCode;
import static fi.polku.system.SystemClients.registerClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.PersonalDataScan;
import fi.polku.testkit.Tokens;
import fi.polku.testkit.fhir.FhirValidation;
import fi.polku.testkit.system.PolkuService;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * A client's picture through the FHIR gateway, decided by the real services: one client walks intake, case owner,
 * team assessment (answering Kykyviisari) and the referral to coaching; the client's case owner (a care
 * relationship every service learns from case-owner's events) reads Patient, EpisodeOfCare, CareTeam, Consent,
 * QuestionnaireResponse and Observation (with their Questionnaire), ServiceRequest and Task, linked to one another
 * and valid R4; a professional without a basis gets a 403 OperationOutcome from each, and intake's access log (read
 * as AuditEvents by an auditor) holds those refusals.
 */
@ExtendWith(RunningSystem.class)
class FhirGatewayTest {

    private static final String STRANGER = "fhir-stranger-" + UUID.randomUUID();
    private static final String OWNER = "fhir-owner-" + UUID.randomUUID();

    @Test
    void aCallerWithABasisReadsTheLinkedPictureAndOneWithoutIsRefusedAndLogged() {
        List<String> codes = new ArrayList<>();
        String code = newIdentityCode(codes);
        UUID client = registerClient(code, "142");
        call(PolkuService.INTAKE, Roles.INTAKE_WORKER)
                .body(Map.of("parties", List.of(Map.of("organisation", "2345678-0", "name", "Työhönvalmennus Oy",
                                "role", "COACHING_PROVIDER")),
                        "purpose", "SUPPORTED_EMPLOYMENT_COACHING", "validFrom", LocalDate.now().toString(),
                        "givenAs", "SIGNED_FORM"))
                .post("/api/v1/clients/" + client + "/consents").then().statusCode(201);
        call(PolkuService.CASE_OWNER, Roles.COORDINATOR)
                .body(Map.of("name", "Kalle Valmentaja", "organisation", "Työhönvalmennus Oy", "role", "JOB_COACH",
                        "from", LocalDate.now().toString()))
                .post("/api/v1/clients/" + client + "/network").then().statusCode(201);
        String caseOwner = Tokens.token(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, OWNER);
        becomesCaseOwner(client);

        Patient patient = eventually(() -> read(caseOwner, "Patient/" + client, Patient.class));
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Asiakas");
        Bundle byCode = searchByIdentityCode(caseOwner, code);
        assertThat(byCode.getEntry()).singleElement()
                .satisfies(entry -> assertThat(entry.getResource().getIdElement().getIdPart()).isEqualTo(client.toString()));

        EpisodeOfCare episode = eventually(() -> read(caseOwner, "EpisodeOfCare/" + client, EpisodeOfCare.class));
        assertThat(episode.getPatient().getReference()).isEqualTo("Patient/" + client);
        assertThat(episode.getTeamFirstRep().getReference()).isEqualTo("CareTeam/" + client);
        Bundle episodes = search(caseOwner, "EpisodeOfCare?patient=" + client);
        assertThat(episodes.getEntry()).hasSize(1);

        CareTeam team = read(caseOwner, episode.getTeamFirstRep().getReference(), CareTeam.class);
        assertThat(team.getSubject().getReference()).isEqualTo("Patient/" + client);
        assertThat(team.getParticipant()).anySatisfy(member -> assertThat(member.getMember().getDisplay())
                .isEqualTo("Kalle Valmentaja"));

        Bundle consents = search(caseOwner, "Consent?patient=" + client + "&_count=1");
        assertThat(consents.getEntry()).singleElement().satisfies(entry -> {
            Consent consent = (Consent) entry.getResource();
            assertThat(consent.getPatient().getReference()).isEqualTo("Patient/" + client);
            assertThat(consent.getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
        });

        String assessment = TeamAssessments.concludeWithCoaching(client, team(),
                Map.of("social-inclusion", 6, "mental-resources", 7, "everyday-activities", 8,
                        "cognitive-skills", 7, "physical-functioning", 5, "work-ability", 6));
        QuestionnaireResponse answered = eventually(() -> single(
                search(caseOwner, "QuestionnaireResponse?patient=" + client), QuestionnaireResponse.class));
        assertThat(answered.getSubject().getReference()).isEqualTo("Patient/" + client);
        assertThat(answered.getIdElement().getIdPart()).startsWith(assessment.replace("-", ""));
        Questionnaire kykyviisari = read(caseOwner, "Questionnaire/kykyviisari-v1", Questionnaire.class);
        assertThat(answered.getQuestionnaire()).isEqualTo(kykyviisari.getUrl() + "|" + kykyviisari.getVersion());
        Observation scores = read(caseOwner, "Observation/" + answered.getIdElement().getIdPart(), Observation.class);
        assertThat(scores.getDerivedFromFirstRep().getReference())
                .isEqualTo("QuestionnaireResponse/" + answered.getIdElement().getIdPart());
        assertThat(scores.getComponent()).isNotEmpty();

        List<Task> tasks = eventually(() -> {
            List<Task> found = search(caseOwner, "Task?patient=" + client).getEntry().stream()
                    .map(entry -> (Task) entry.getResource()).toList();
            assertThat(found).as("the team booking and the coaching referral").hasSize(2);
            return found;
        });
        assertThat(tasks).extracting(Task::getStatus).as("the team assessment done; coaching asked for, or begun")
                .contains(Task.TaskStatus.COMPLETED)
                .anyMatch(status -> status == Task.TaskStatus.REQUESTED || status == Task.TaskStatus.INPROGRESS);
        for (Task task : tasks) {
            ServiceRequest order = read(caseOwner, task.getFocus().getReference(), ServiceRequest.class);
            assertThat(order.getSubject().getReference()).isEqualTo("Patient/" + client);
        }

        String stranger = Tokens.token(Roles.CASE_OWNER, Tokens.DEFAULT_ORGANISATION, STRANGER);
        for (String path : List.of("Patient/" + client, "EpisodeOfCare/" + client, "CareTeam/" + client,
                "Consent?patient=" + client, "AuditEvent?patient=" + client,
                "QuestionnaireResponse?patient=" + client, "Observation/" + answered.getIdElement().getIdPart(),
                "ServiceRequest?patient=" + client, "Task/" + tasks.get(0).getIdElement().getIdPart())) {
            Response refused = fhir(stranger).get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            OperationOutcome outcome = parse(refused, OperationOutcome.class);
            assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.FORBIDDEN);
        }

        Bundle log = search(Tokens.token(Roles.AUDITOR), "AuditEvent?patient=" + client + "&_count=200");
        assertThat(log.getEntry()).as("the stranger's refused reads of the client in intake")
                .filteredOn(entry -> entry.getResource() instanceof org.hl7.fhir.r4.model.AuditEvent event
                        && event.getOutcome() == org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome._4
                        && STRANGER.equals(event.getAgentFirstRep().getWho().getIdentifier().getValue()))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(log.getEntry()).as("the case owner's reads through the gateway are in the log as theirs")
                .anyMatch(entry -> ((org.hl7.fhir.r4.model.AuditEvent) entry.getResource()).getOutcome()
                        == org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome._0);

        PersonalDataScan.assertNoneInFiles(List.of(RunningSystem.system().service(PolkuService.FHIR_GATEWAY).logFile()),
                codes);
    }

    private static String team() {
        return call(PolkuService.ASSESSMENT, Roles.COORDINATOR)
                .body(Map.of("name", "FHIR-testin työkykytiimi", "municipalityCode", "142", "area", "Iitti",
                        "members", List.of(TeamAssessments.member("Lääkäri Laine", "PHYSICIAN"),
                                TeamAssessments.member("Sosiaalityöntekijä Saari", "SOCIAL_WORKER"))))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
    }

    private static <T extends Resource> T single(Bundle bundle, Class<T> type) {
        assertThat(bundle.getEntry()).hasSize(1);
        return type.cast(bundle.getEntryFirstRep().getResource());
    }

    /** A coordinator hands the client to a professional whose login is {@link #OWNER}, unless they already own it. */
    private static void becomesCaseOwner(UUID client) {
        String professional = call(PolkuService.CASE_OWNER, Roles.COORDINATOR)
                .body(Map.of("name", "Fiia Fhir", "organisation", "Päijät-Hämeen hyvinvointialue",
                        "role", "SOCIAL_WELFARE_OWN_WORKER", "municipalities", List.of("142"), "maxCaseload", 50,
                        "userId", OWNER))
                .post("/api/v1/professionals").then().statusCode(201).extract().path("id");
        io.restassured.response.ExtractableResponse<Response> view = eventually(() -> call(PolkuService.CASE_OWNER,
                Roles.COORDINATOR).get("/api/v1/clients/" + client + "/case-owner").then().statusCode(200).extract());
        if (professional.equals(view.path("caseOwner.id"))) {
            return; // the automatic assignment already chose them
        }
        call(PolkuService.CASE_OWNER, Roles.COORDINATOR).header("If-Match", view.header("ETag"))
                .body(Map.of("professionalId", professional, "reason", "FHIR gateway test",
                        "handoverNote", "Read through FHIR"))
                .put("/api/v1/clients/" + client + "/case-owner").then().statusCode(200);
    }

    /** Building the R4 validator reads the whole specification: once, before anything is timed. */
    @BeforeAll
    static void loadTheValidator() {
        assertThat(FhirValidation.errors(new Patient())).isEmpty();
    }

    /** What the services learn from events (the care relationship) arrives within seconds. */
    private static <T> T eventually(Supplier<T> read) {
        AtomicReference<T> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> found.set(read.get()));
        return found.get();
    }

    private static <T extends Resource> T read(String token, String path, Class<T> type) {
        Response response = fhir(token).get(path);
        assertThat(response.statusCode()).as(path + ": " + response.asString()).isEqualTo(200);
        return parse(response, type);
    }

    private static Bundle search(String token, String path) {
        Bundle bundle = read(token, path, Bundle.class);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(bundle.getLink("self")).isNotNull();
        return bundle;
    }

    /** The identity code travels in the form body, never in the URL. */
    private static Bundle searchByIdentityCode(String token, String code) {
        Response response = fhir(token).contentType("application/x-www-form-urlencoded")
                .formParam("identifier", "urn:oid:1.2.246.21|" + code).post("Patient/_search");
        assertThat(response.statusCode()).isEqualTo(200);
        Bundle bundle = parse(response, Bundle.class);
        bundle.getLink().forEach(link -> assertThat(link.getUrl()).doesNotContain(code));
        return bundle;
    }

    private static io.restassured.specification.RequestSpecification fhir(String token) {
        return RestAssured.given().baseUri(RunningSystem.system().url(PolkuService.FHIR_GATEWAY))
                .basePath("/fhir/R4").auth().oauth2(token).accept("application/fhir+json");
    }

    /** Every answer is FHIR JSON that validates against R4 base with no errors. */
    private static <T extends Resource> T parse(Response response, Class<T> type) {
        assertThat(response.contentType()).startsWith("application/fhir+json");
        assertThat(FhirValidation.errors(response.asString())).as(response.asString()).isEmpty();
        return FhirValidation.context().newJsonParser().parseResource(type, response.asString());
    }
}
