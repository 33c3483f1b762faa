package fi.polku.coaching.rest;

import static fi.polku.testkit.Api.as;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import fi.polku.coaching.domain.BusinessId;
import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.AccessFactEvents;
import fi.polku.testkit.CareRelationshipFixture;
import fi.polku.testkit.EventPublisher;
import io.restassured.specification.RequestSpecification;

/** Test fixtures: providers, coaches, consents and referrals as the other services and users create them. */
final class Coaching {

    private Coaching() {
    }

    /** Today in Finland, as the service dates its records (a UTC date is a day behind late in the evening). */
    static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));
    }

    /** A fresh valid business ID, so that tests sharing the database never collide. */
    static String newBusinessId() {
        while (true) {
            String digits = String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            Integer check = BusinessId.checkDigit(digits);
            if (check != null) {
                return digits + "-" + check;
            }
        }
    }

    static Map<String, Object> contract(LocalDate from, LocalDate until) {
        return Map.of("elyCentre", "Hämeen ELY-keskus", "validFrom", from.toString(), "validUntil", until.toString(),
                "startFee", 400, "guidanceFee", 800, "resultFee", 2000);
    }

    static String createProvider(String businessId) {
        return as(Roles.COORDINATOR).body(Map.of("name", "ValmennusTesti Oy " + businessId, "organisationId",
                        businessId, "contract", contract(LocalDate.now().minusYears(1), LocalDate.now().plusYears(1))))
                .post("/api/v1/providers").then().statusCode(201).extract().path("id");
    }

    /** A full-time coach whose userId is the subject of {@link #coachOf} for the provider's business ID. */
    static String addCoach(String providerId, String name, Integer maxCaseload) {
        String organisation = as(Roles.COORDINATOR).get("/api/v1/providers/" + providerId).then().statusCode(200)
                .extract().path("organisationId");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "fullTimeShare", 1.0,
                "userId", "coach-of-" + organisation));
        if (maxCaseload != null) {
            body.put("maxCaseload", maxCaseload);
        }
        return as(Roles.COORDINATOR).body(body).post("/api/v1/providers/" + providerId + "/coaches").then()
                .statusCode(201).extract().path("id");
    }

    static RequestSpecification coachOf(String businessId) {
        return as(Roles.JOB_COACH, businessId, "coach-of-" + businessId);
    }

    static UUID grantConsent(EventPublisher publisher, UUID clientId, String organisation) {
        UUID consentId = UUID.randomUUID();
        publisher.publish(Topics.INTAKE, "intake", "ConsentGranted", clientId, Map.of(
                "clientId", clientId.toString(), "consentId", consentId.toString(),
                "parties", List.of(Map.of("organisation", organisation, "role", "COACHING_PROVIDER"),
                        Map.of("organisation", "hyvinvointialue-dev", "role", "SOCIAL_WELFARE_OWN_WORKER")),
                "purpose", "SUPPORTED_EMPLOYMENT_COACHING", "validFrom", LocalDate.now().minusDays(1).toString(),
                "validUntil", LocalDate.now().plusYears(1).toString(), "grantedAt", OffsetDateTime.now().toString()));
        AccessFactEvents.consentInForce(publisher, clientId, consentId, List.of(organisation, "hyvinvointialue-dev"),
                "SUPPORTED_EMPLOYMENT_COACHING", LocalDate.now().minusDays(1), LocalDate.now().plusYears(1));
        return consentId;
    }

    static void withdrawConsent(EventPublisher publisher, UUID clientId, UUID consentId, String organisation) {
        publisher.publish(Topics.INTAKE, "intake", "ConsentWithdrawn", clientId, Map.of(
                "clientId", clientId.toString(), "consentId", consentId.toString(),
                "parties", List.of(Map.of("organisation", organisation, "role", "COACHING_PROVIDER")),
                "withdrawnFrom", OffsetDateTime.now().toString(), "withdrawnAt", OffsetDateTime.now().toString()));
        AccessFactEvents.consentWithdrawn(publisher, clientId, consentId, List.of(organisation));
    }

    /**
     * Arranges that the county's professionals of these tests have a care relationship with the client, as the
     * case-owner and assessment services' events would; tests of access itself use the real events.
     */
    static void inCareOfTheCounty(UUID clientId) {
        CareRelationshipFixture.inCareOf(clientId, CareRelationshipFixture.defaultSubject(Roles.CASE_OWNER),
                CareRelationshipFixture.defaultSubject(Roles.INTAKE_WORKER),
                CareRelationshipFixture.defaultSubject(Roles.TEAM_MEMBER),
                CareRelationshipFixture.defaultSubject(Roles.COORDINATOR));
    }

    static String refer(UUID clientId, String providerId) {
        inCareOfTheCounty(clientId);
        return as(Roles.CASE_OWNER).body(Map.of("clientId", clientId.toString(), "providerId", providerId,
                        "referrerType", "SOCIAL_WELFARE_OWN_WORKER", "reason", "ready for supported employment"))
                .post("/api/v1/coaching-episodes").then().statusCode(201).extract().path("id");
    }

    /** A work-ability team's referral to the provider, as assessment issues it (v2: no reason in words). */
    static void teamReferral(EventPublisher publisher, UUID clientId, UUID referralId, String businessId) {
        publisher.publish(Topics.ASSESSMENT, "assessment", "CoachingReferralIssued", 2, clientId, Map.of(
                "clientId", clientId.toString(), "referralId", referralId.toString(),
                "assessmentId", UUID.randomUUID().toString(), "providerOrganisation", businessId,
                "issuedAt", OffsetDateTime.now().toString(), "targetDate", LocalDate.now().plusDays(14).toString()));
    }

    /** The provider's lead (a coordinator of the provider's organisation). */
    static RequestSpecification leadOf(String businessId) {
        return as(Roles.COORDINATOR, businessId, "lead-of-" + businessId);
    }

    /** The referral's ETag once it has arrived, as its provider's lead reads it. */
    static String awaitReferral(String businessId, UUID referralId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> leadOf(businessId)
                .get("/api/v1/coaching-referrals/" + referralId).then().extract().header("ETag"), tag -> tag != null);
    }

    /** The provider's lead accepts the referral naming the coach. */
    static void accept(String businessId, UUID referralId, String coachId) {
        leadOf(businessId).header("If-Match", awaitReferral(businessId, referralId))
                .body(Map.of("coachId", coachId)).post("/api/v1/coaching-referrals/" + referralId + "/acceptance")
                .then().statusCode(200);
    }

    static void awaitStatus(String episodeId, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> status.equals(as(Roles.CASE_OWNER)
                .get("/api/v1/coaching-episodes/" + episodeId).then().extract().path("status")));
    }
}
