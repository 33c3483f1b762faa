package fi.polku.reporting.export;

import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import fi.polku.platform.privacy.IdentityCodes;
import fi.polku.platform.security.Roles;
import fi.polku.reporting.KnownEvents;
import fi.polku.testkit.PersonalDataScan;
import fi.polku.testkit.TestIdentityCodes;
import io.quarkus.test.junit.QuarkusTest;

/** Who may export, what a bad request answers, and that no exported line carries an identity code or a name. */
@QuarkusTest
class ExportAccessAndContentTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @ParameterizedTest
    @ValueSource(strings = {Roles.CASE_OWNER, Roles.INTAKE_WORKER, Roles.TEAM_MEMBER, Roles.JOB_COACH,
        Roles.COORDINATOR, Roles.AUDITOR})
    void onlyAnalystsExport(String role) {
        as(role).get("/api/v1/exports").then().statusCode(403);
        as(role).body(Map.of()).post("/api/v1/exports").then().statusCode(403);
    }

    @ParameterizedTest
    @CsvSource({"types,NoSuchFact", "types,'ClientRegistered,Nope'", "since,yesterday", "since,2026-13-01T00:00:00Z",
        "cursor,bm90LW91cnM", "limit,0", "limit,10001"})
    void aBadSelectionIsAProblemNamingTheParameter(String parameter, String value) {
        as(Roles.ANALYST).queryParam(parameter, value).get("/api/v1/exports").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(parameter));
    }

    @Test
    void noExportedLineCarriesAnIdentityCodeANameOrFreeText() {
        String start = ExportClient.end(null);
        UUID client = UUID.randomUUID();
        String identityCode = TestIdentityCodes.random();
        String name = "Maija Meikäläinen";
        String freeText = "asiakas kertoi vaikeasta tilanteesta";
        KnownEvents events = new KnownEvents()
                // a producer that (wrongly) adds personal data is still exported without it
                .intake("ClientRegistered", client, "municipalityCode", "E03", "ageBand", "30-34",
                        "preferredLanguage", "fi", "temporaryIdentityCode", false,
                        "registeredAt", "2023-07-01T10:00:00+03:00", "identityCode", identityCode, "name", name)
                .intake("ConsentGranted", client, "consentId", UUID.randomUUID().toString(), "parties",
                        List.of(Map.of("organisation", "2345678-0", "name", name, "role", "COACHING_PROVIDER")),
                        "purpose", "SERVICE_COORDINATION", "givenAs", "WRITTEN", "validFrom", "2023-07-01",
                        "grantedAt", "2023-07-01T10:00:00+03:00")
                .intake("FurtherInvestigationRequested", client, "bookingId", UUID.randomUUID().toString(),
                        "investigations", List.of(Map.of("investigation", freeText, "responsible", name)),
                        "reason", freeText + " " + identityCode, "requestedAt", "2023-07-02T10:00:00+03:00")
                .caseOwner("CaseOwnerChanged.v2", client, "toProfessionalId", UUID.randomUUID().toString(),
                        "toProfessionalUserId", "maija.meikalainen", "professionalRole", "SOCIAL_WELFARE_OWN_WORKER",
                        "organisation", "hyvinvointialue-dev", "reasonCode", "CLIENT_REQUEST", "reason", freeText,
                        "changedBy", name,
                        "changedAt", "2023-07-03T10:00:00+03:00")
                .coaching("CoachingPhaseChanged", client, "episodeId", UUID.randomUUID().toString(),
                        "fromPhase", "ENGAGEMENT", "toPhase", "JOB_SEARCH", "reason", freeText,
                        "changedAt", "2023-07-04T10:00:00+03:00");
        events.publish(kafka);

        String[] exported = new String[1];
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            exported[0] = everythingAfter(start);
            assertThat(exported[0]).contains("\"E03\"", "SERVICE_COORDINATION", "SOCIAL_WELFARE_OWN_WORKER",
                    "CLIENT_REQUEST", "JOB_SEARCH", "FurtherInvestigationRequested");
        });
        PersonalDataScan.assertNoneIn("the export", exported[0], List.of(identityCode));
        assertThat(exported[0]).doesNotContain(name, "Meik", "maija", freeText, client.toString());
        // and across everything the export holds, from every test of the module
        String all = everythingAfter(null);
        assertThat(IdentityCodes.appearIn(all)).as("an identity code in the export").isFalse();
    }

    private static String everythingAfter(String cursor) {
        StringBuilder text = new StringBuilder();
        ExportClient.Page page = ExportClient.page(cursor, null, 10_000);
        text.append(page.text());
        while (page.next() != null) {
            page = ExportClient.page(page.next(), null, 10_000);
            text.append(page.text());
        }
        return text.toString();
    }
}
