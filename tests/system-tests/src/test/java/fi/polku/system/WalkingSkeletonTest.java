package fi.polku.system;

import static fi.polku.system.SystemClients.count;
import static fi.polku.system.SystemClients.newIdentityCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fi.polku.client.caseowner.api.CaseOwnerApi;
import fi.polku.client.caseowner.api.ProfessionalsApi;
import fi.polku.client.caseowner.model.CaseOwnerView;
import fi.polku.client.caseowner.model.PageProfessionalView;
import fi.polku.client.caseowner.model.ProfessionalRequest;
import fi.polku.client.caseowner.model.ProfessionalRole;
import fi.polku.client.caseowner.model.ProfessionalView;
import fi.polku.client.intake.ApiException;
import fi.polku.client.intake.ApiResponse;
import fi.polku.client.intake.api.ClientsApi;
import fi.polku.client.intake.model.ClientView;
import fi.polku.client.intake.model.RegisterClientRequest;
import fi.polku.client.reporting.api.KpisApi;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.CareRelationshipFixture;
import fi.polku.testkit.system.PolkuService;

/**
 * The thinnest real path through the system, driven as a partner's integration would: through the Java clients
 * generated from the committed specs (libs/api-clients). REST in intake, events through Kafka, effects in every
 * service; a defect in a contract breaks this test or the build.
 */
@ExtendWith(RunningSystem.class)
class WalkingSkeletonTest {

    @Test
    void aClientRegisteredThroughTheGeneratedClientsGetsACaseOwnerAndIsCountedInReporting() throws Exception {
        ProfessionalsApi professionals = new ProfessionalsApi(GeneratedClients.caseOwner(Roles.COORDINATOR));
        String professionalKey = UUID.randomUUID().toString();
        ProfessionalRequest professional = new ProfessionalRequest().name("Oona Omatyöntekijä")
                .organisation("Päijät-Hämeen hyvinvointialue").role(ProfessionalRole.SOCIAL_WELFARE_OWN_WORKER)
                .municipalities(List.of("398")).maxCaseload(50)
                .userId(CareRelationshipFixture.defaultSubject(Roles.CASE_OWNER));
        ProfessionalView owner = professionals.addProfessional(professional, professionalKey);
        assertThat(professionals.addProfessional(professional, professionalKey).getId())
                .as("a retry with the same Idempotency-Key answers the first professional").isEqualTo(owner.getId());
        assertThat(allProfessionals(professionals)).as("paged with limit 2, each professional once")
                .containsOnlyOnce(owner.getId());

        ClientsApi intake = new ClientsApi(GeneratedClients.intake(Roles.INTAKE_WORKER));
        List<UUID> clients = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ApiResponse<ClientView> created = intake.registerClientWithHttpInfo(new RegisterClientRequest()
                    .identityCode(newIdentityCode(codes)).firstName("Testi").lastName("Asiakas")
                    .municipalityCode("398").preferredLanguage("fi"), UUID.randomUUID().toString());
            UUID id = created.getData().getId();
            assertThat(created.getStatusCode()).isEqualTo(201);
            assertThat(created.getHeaders().get("location")).singleElement().asString().endsWith("/api/v1/clients/" + id);
            assertThat(created.getHeaders().get("etag")).singleElement().asString().isNotBlank();
            assertThat(intake.getClient(id).getMunicipalityCode()).isEqualTo("398");
            clients.add(id);
        }
        ApiException duplicate = catchThrowableOfType(ApiException.class, () -> intake.registerClient(
                new RegisterClientRequest().identityCode(codes.get(0)).firstName("Testi").lastName("Asiakas")
                        .municipalityCode("398").preferredLanguage("fi"), null));
        assertThat(duplicate.getCode()).as("a second registration of a code").isEqualTo(409);
        assertThat(duplicate.getResponseBody()).contains(clients.get(0).toString()).doesNotContain(codes.get(0));

        CaseOwnerApi caseOwners = new CaseOwnerApi(GeneratedClients.caseOwner(Roles.CASE_OWNER));
        for (UUID client : clients) {
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
                CaseOwnerView view = caseOwners.getClientCaseOwner(client);
                assertThat(view.getStatus()).hasToString("ASSIGNED");
                assertThat(view.getCaseOwner().getId()).isEqualTo(owner.getId());
            });
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (UUID client : clients) {
                assertThat(count(PolkuService.REPORTING, "SELECT count(*) FROM client_flow WHERE client_id = ? "
                        + "AND registered_at IS NOT NULL AND case_owner_assigned_at IS NOT NULL", client)).isEqualTo(1);
                assertThat(count(PolkuService.ASSESSMENT, "SELECT count(*) FROM known_client WHERE client_id = ?",
                        client)).isEqualTo(1);
                assertThat(count(PolkuService.COACHING, "SELECT count(*) FROM known_client WHERE client_id = ?",
                        client)).isEqualTo(1);
            }
        });
        // the parts of the total may be withheld (small-number suppression), the total of five or more is shown
        Long registered = new KpisApi(GeneratedClients.reporting(Roles.ANALYST)).getKpis().getClientsRegistered()
                .getValue();
        assertThat(registered).isGreaterThanOrEqualTo(5L);
    }

    private static List<UUID> allProfessionals(ProfessionalsApi professionals) throws Exception {
        List<UUID> seen = new ArrayList<>();
        String cursor = null;
        do {
            PageProfessionalView page = professionals.listProfessionals(cursor, 2);
            page.getItems().forEach(item -> seen.add(item.getId()));
            cursor = page.getNext();
        } while (cursor != null);
        return seen;
    }

    @Test
    void everyServiceIsReadyWithHealthAndMetrics() {
        for (PolkuService service : PolkuService.all()) {
            String management = RunningSystem.system().service(service).managementUrl();
            io.restassured.RestAssured.given().baseUri(management)
                    .get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            String metrics = io.restassured.RestAssured.given().baseUri(management)
                    .get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).contains("polku_outbox_backlog");
            io.restassured.RestAssured.given().baseUri(RunningSystem.system().url(service))
                    .get("/q/metrics").then().statusCode(404);
        }
    }
}
