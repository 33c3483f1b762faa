package fi.polku.intake.rest;

import static fi.polku.testkit.Api.as;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.CareRelationshipFixture;
import fi.polku.testkit.PersonalDataScan;
import fi.polku.testkit.TestIdentityCodes;

/** Registers clients for the tests of intake's sub-resources and remembers every identity code it sent. */
final class TestClients {

    static final List<String> SENT_CODES = Collections.synchronizedList(new ArrayList<>());

    private TestClients() {
    }

    static UUID register() {
        return register("091");
    }

    static UUID register(String municipalityCode) {
        return register(TestIdentityCodes.random(), "Samuli", "Esimerkki", municipalityCode);
    }

    static UUID register(String identityCode, String firstName, String lastName, String municipalityCode) {
        SENT_CODES.add(identityCode);
        String id = as(Roles.INTAKE_WORKER)
                .body(Map.of("identityCode", identityCode, "firstName", firstName, "lastName", lastName,
                        "municipalityCode", municipalityCode, "preferredLanguage", "fi"))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
        UUID client = UUID.fromString(id);
        CareRelationshipFixture.inCareOf(client, CareRelationshipFixture.defaultSubject(Roles.CASE_OWNER),
                CareRelationshipFixture.defaultSubject(Roles.TEAM_MEMBER),
                CareRelationshipFixture.defaultSubject(Roles.JOB_COACH),
                CareRelationshipFixture.defaultSubject(Roles.COORDINATOR));
        return client;
    }

    /** A code for someone born on a random day, for tests that need two codes with the same birth date. */
    static LocalDate randomBirthDate() {
        return LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(50 * 365));
    }

    static String code(LocalDate birthDate) {
        return TestIdentityCodes.of(birthDate, 2 + ThreadLocalRandom.current().nextInt(897),
                birthDate.getYear() >= 2000 ? 'A' : '-');
    }

    static void assertNoIdentityCodeInTheLogs() {
        PersonalDataScan.assertNoneInFiles(List.of(Path.of("target/quarkus.log")), SENT_CODES);
    }
}
