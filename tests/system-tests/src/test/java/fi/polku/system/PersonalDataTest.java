package fi.polku.system;

import static fi.polku.system.SystemClients.addProfessional;
import static fi.polku.system.SystemClients.call;
import static fi.polku.system.SystemClients.newIdentityCode;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.PersonalDataScan;
import fi.polku.testkit.system.PolkuService;

/**
 * The identity code never leaves intake: not in any event, any service's log or any error body; nor does the
 * client's name travel in any event (events carry the pseudonymous client id only).
 */
@ExtendWith(RunningSystem.class)
class PersonalDataTest {

    @Test
    void noIdentityCodeInAnyTopicLogOrErrorBodyAndNoNameInAnyEvent() {
        List<String> codes = new ArrayList<>();
        addProfessional("091", 50);
        String code = newIdentityCode(codes);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<String> names = List.of("Ilmatar" + suffix, "Väinämöinen" + suffix);
        UUID client = UUID.fromString(call(PolkuService.INTAKE, Roles.INTAKE_WORKER)
                .body(Map.of("identityCode", code, "firstName", names.get(0), "lastName", names.get(1),
                        "municipalityCode", "091", "preferredLanguage", "fi"))
                .post("/api/v1/clients").then().statusCode(201).extract().<String>path("id"));
        String conflict = call(PolkuService.INTAKE, Roles.INTAKE_WORKER)
                .body(Map.of("identityCode", code, "firstName", "A", "lastName", "B", "municipalityCode", "091",
                        "preferredLanguage", "fi"))
                .post("/api/v1/clients").then().statusCode(409).extract().asString();
        PersonalDataScan.assertNoneIn("409 body", conflict, codes);
        String wrong = code.substring(0, 10) + (code.charAt(10) == 'A' ? 'B' : 'A');
        codes.add(wrong);
        String invalid = call(PolkuService.INTAKE, Roles.INTAKE_WORKER)
                .body(Map.of("identityCode", wrong, "firstName", "A", "lastName", "B", "municipalityCode", "091",
                        "preferredLanguage", "fi"))
                .post("/api/v1/clients").then().statusCode(400).extract().asString();
        PersonalDataScan.assertNoneIn("400 body", invalid, codes);
        call(PolkuService.INTAKE, Roles.INTAKE_WORKER).body(Map.of("identityCode", code))
                .post("/api/v1/clients/search").then().statusCode(200).body("clientId", equalTo(client.toString()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                call(PolkuService.CASE_OWNER, Roles.CASE_OWNER).get("/api/v1/clients/" + client + "/case-owner")
                        .then().statusCode(200).body("status", equalTo("ASSIGNED")));

        String kafka = RunningSystem.system().infrastructure().kafka().bootstrapServers();
        for (String topic : List.of(Topics.INTAKE, Topics.CASE_OWNER, Topics.ASSESSMENT, Topics.COACHING,
                Topics.AUDIT, Topics.ACCESS_FACTS)) {
            for (ConsumerRecord<String, String> record : EventLog.records(kafka, topic, Duration.ofSeconds(3),
                    records -> false)) {
                PersonalDataScan.assertNoneIn("a record on " + topic, record.value(), codes);
                PersonalDataScan.assertNoneIn("a record key on " + topic, record.key(), codes);
                PersonalDataScan.assertNoneIn("a record on " + topic, record.value(), names);
            }
        }
        PersonalDataScan.assertNoneInFiles(RunningSystem.system().logFiles(), codes);
    }
}
