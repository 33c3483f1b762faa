package fi.polku.fhir.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

import fi.polku.fhir.mapping.UuidPair;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.Tokens;
import fi.polku.testkit.fhir.FhirValidation;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Reads through stubbed owning services: a CarePlan and an AuditEvent found by their logical ids with the caller's
 * own token, 404 and 403 as OperationOutcomes, the non-disclosure label on a client's resources as intake tells it,
 * and a case owner's referral to a team as a ServiceRequest and Task. Every resource answered validates.
 */
@QuarkusTest
@QuarkusTestResource(value = StubbedOwningServices.class, restrictToAnnotatedClass = true)
class ReadsThroughOwningServicesTest {

    private static final String TURVAKIELTO = "TURVAKIELTO";

    private final String caseOwner = Tokens.token(Roles.CASE_OWNER);

    @Test
    void aCarePlanVersionIsReadByItsIdUnderItsClientWithTheCallersToken() {
        UUID client = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        StubbedOwningServices.answer(activationPlans(client), 200,
                page(activationPlan(plan, client, 2) + "," + activationPlan(plan, client, 1), null));
        intakeClient(client, false);

        Response current = read("CarePlan/activation-" + client + "-2");
        Response earlier = read("CarePlan/activation-" + client + "-1");

        CarePlan currentPlan = resource(current, CarePlan.class);
        CarePlan earlierPlan = resource(earlier, CarePlan.class);
        assertThat(currentPlan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(currentPlan.getReplacesFirstRep().getReference()).isEqualTo("CarePlan/activation-" + client + "-1");
        assertThat(earlierPlan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.REVOKED);
        assertThat(earlierPlan.getIdentifierFirstRep().getValue()).isEqualTo("urn:uuid:" + plan);
        assertThat(StubbedOwningServices.callsTo(activationPlans(client)))
                .allSatisfy(call -> assertThat(call.authorization()).isEqualTo("Bearer " + caseOwner));
    }

    @Test
    void aPlanVersionTheClientDoesNotHaveIs404AndARefusalIsTheOwningServices403() {
        UUID client = UUID.randomUUID();
        UUID refused = UUID.randomUUID();
        StubbedOwningServices.answer(activationPlans(client), 200,
                page(activationPlan(UUID.randomUUID(), client, 1), null));
        StubbedOwningServices.answer(implementationPlans(refused), 403, "{\"status\":403}");

        Response unknown = read("CarePlan/activation-" + client + "-7");
        Response forbidden = read("CarePlan/implementation-" + refused + "-1");
        Response malformed = read("CarePlan/activation-" + client);

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(outcome(unknown).getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.NOTFOUND);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(outcome(forbidden).getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.FORBIDDEN);
        assertThat(malformed.statusCode()).isEqualTo(400);
        outcome(malformed);
    }

    @Test
    void anAuditEventIsReadByItsIdFromTheClientsLogFollowingItsPages() {
        UUID client = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID wanted = UUID.randomUUID();
        StubbedOwningServices.answer(accessLog(client), query -> query != null && query.contains("cursor=second")
                ? new StubbedOwningServices.Answer(200, page(entry(wanted, "DENIED"), null))
                : new StubbedOwningServices.Answer(200, page(entry(first, "ALLOWED"), "second")));
        String auditor = Tokens.token(Roles.AUDITOR);

        Response found = given().auth().oauth2(auditor).get("/fhir/R4/AuditEvent/" + new UuidPair(client, wanted).id());
        Response missing = given().auth().oauth2(auditor)
                .get("/fhir/R4/AuditEvent/" + new UuidPair(client, UUID.randomUUID()).id());

        AuditEvent event = resource(found, AuditEvent.class);
        assertThat(event.getIdElement().getIdPart()).isEqualTo(new UuidPair(client, wanted).id());
        assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._4);
        assertThat(event.getEntityFirstRep().getWhat().getReference()).isEqualTo("Patient/" + client);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(outcome(missing).getIssueFirstRep().getDiagnostics()).contains("intake");
        assertThat(StubbedOwningServices.callsTo("/intake/api/v1/clients/" + client))
                .as("an auditor is not one intake reads a client to: not asked about the order").isEmpty();
    }

    @Test
    void anAuditEventTheCallerMayNotReadIsIntakes403AndAnEntrysIdAloneIsNoId() {
        UUID client = UUID.randomUUID();
        StubbedOwningServices.answer(accessLog(client), 403, "{\"status\":403}");
        String auditor = Tokens.token(Roles.AUDITOR);

        Response refused = given().auth().oauth2(auditor)
                .get("/fhir/R4/AuditEvent/" + new UuidPair(client, UUID.randomUUID()).id());
        Response entryAlone = given().auth().oauth2(auditor).get("/fhir/R4/AuditEvent/" + UUID.randomUUID());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(outcome(refused).getIssueFirstRep().getDiagnostics()).contains("intake");
        assertThat(entryAlone.statusCode()).isEqualTo(400);
        assertThat(outcome(entryAlone).getIssueFirstRep().getDiagnostics()).contains("'id'");
    }

    @Test
    void everyResourceOfAClientUnderANonDisclosureOrderCarriesTheLabel() {
        UUID client = UUID.randomUUID();
        caseOwnerView(client);
        StubbedOwningServices.answer(activationPlans(client), 200,
                page(activationPlan(UUID.randomUUID(), client, 1), null));
        StubbedOwningServices.answer(implementationPlans(client), 200, page("", null));
        intakeClient(client, true);

        EpisodeOfCare episode = resource(read("EpisodeOfCare/" + client), EpisodeOfCare.class);
        Bundle plans = resource(read("CarePlan?patient=" + client), Bundle.class);

        assertThat(labels(episode)).contains(TURVAKIELTO);
        assertThat(plans.getEntry()).hasSize(1)
                .allSatisfy(entry -> assertThat(labels(entry.getResource())).contains(TURVAKIELTO, "R"));
        assertThat(StubbedOwningServices.callsTo("/intake/api/v1/clients/" + client))
                .as("intake is asked with the caller's token").isNotEmpty()
                .allSatisfy(call -> assertThat(call.authorization()).isEqualTo("Bearer " + caseOwner));
    }

    @Test
    void aClientWithoutAnOrderOrOneIntakeDoesNotTellTheCallerOfCarriesNoLabel() {
        UUID free = UUID.randomUUID();
        UUID untold = UUID.randomUUID();
        caseOwnerView(free);
        caseOwnerView(untold);
        intakeClient(free, false);
        StubbedOwningServices.answer("/intake/api/v1/clients/" + untold, 403, "{\"status\":403}");

        EpisodeOfCare withoutOrder = resource(read("EpisodeOfCare/" + free), EpisodeOfCare.class);
        EpisodeOfCare notTold = resource(read("EpisodeOfCare/" + untold), EpisodeOfCare.class);

        assertThat(withoutOrder.getMeta().hasSecurity()).isFalse();
        assertThat(notTold.getMeta().hasSecurity()).isFalse();
    }

    @Test
    void anUnreachableIntakeFailsTheRequestRatherThanAnswerItPossiblyUnlabelled() {
        UUID client = UUID.randomUUID();
        caseOwnerView(client);
        StubbedOwningServices.answer("/intake/api/v1/clients/" + client, 500, "{\"status\":500}");

        Response response = read("EpisodeOfCare/" + client);

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(outcome(response).getIssueFirstRep().getDiagnostics()).contains("intake");
    }

    @Test
    void aCaseOwnersReferralToATeamIsAServiceRequestWithATaskInItsClosedLoopStatus() {
        UUID client = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        UUID team = UUID.randomUUID();
        String view = """
                {"id":"%s","clientId":"%s","teamId":"%s","reason":"Työkyvyn arvio","status":"DECLINED",
                 "reasonCode":"NO_CAPACITY","sentBy":"case-owner-1","requestedAt":"2026-03-01T09:00:00Z",
                 "statusChangedAt":"2026-03-03T09:00:00Z","history":[
                   {"status":"REQUESTED","changedBy":"case-owner-1","changedAt":"2026-03-01T09:00:00Z"},
                   {"status":"DECLINED","reasonCode":"NO_CAPACITY","changedBy":"team-1",
                    "changedAt":"2026-03-03T09:00:00Z"}],"version":2}""".formatted(referral, client, team);
        StubbedOwningServices.answer("/assessment/api/v1/assessment-referrals", 200, page(view, null));
        StubbedOwningServices.answer("/assessment/api/v1/assessment-referrals/" + referral, 200, view);
        StubbedOwningServices.answer("/assessment/api/v1/assessments", 200, page("", null));
        StubbedOwningServices.answer("/intake/api/v1/clients/" + client + "/team-bookings", 200, page("", null));
        StubbedOwningServices.answer("/coaching/api/v1/coaching-referrals", 200, page("", null));
        StubbedOwningServices.answer("/coaching/api/v1/coaching-episodes", 200, page("", null));
        intakeClient(client, false);

        Bundle tasks = resource(read("Task?patient=" + client), Bundle.class);
        Task task = resource(read("Task/assessment-referral-" + referral), Task.class);
        Response order = read("ServiceRequest/assessment-referral-" + referral);

        assertThat(tasks.getEntry()).hasSize(1);
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REJECTED);
        assertThat(task.getStatusReason().getCodingFirstRep().getCode()).isEqualTo("NO_CAPACITY");
        assertThat(task.getOwner().getIdentifier().getValue()).isEqualTo("urn:uuid:" + team);
        assertThat(task.getFocus().getReference()).isEqualTo("ServiceRequest/assessment-referral-" + referral);
        assertThat(order.statusCode()).isEqualTo(200);
        assertThat(FhirValidation.errors(order.asString())).isEmpty();
        assertThat(StubbedOwningServices.callsTo("/assessment/api/v1/assessment-referrals"))
                .anySatisfy(call -> assertThat(call.query()).contains("clientId=" + client));
    }

    private Response read(String path) {
        return given().auth().oauth2(caseOwner).get("/fhir/R4/" + path);
    }

    private static String activationPlans(UUID client) {
        return "/assessment/api/v1/clients/" + client + "/activation-plans";
    }

    private static String implementationPlans(UUID client) {
        return "/assessment/api/v1/clients/" + client + "/implementation-plans";
    }

    private static String accessLog(UUID client) {
        return "/intake/api/v1/clients/" + client + "/access-log";
    }

    private static void intakeClient(UUID client, boolean nonDisclosure) {
        StubbedOwningServices.answer("/intake/api/v1/clients/" + client, 200, """
                {"id":"%s","firstName":"Aino","lastName":"Virtanen","birthDate":"1990-01-01",
                 "updatedAt":"2026-01-01T00:00:00Z","nonDisclosure":%s,"version":1}"""
                .formatted(client, nonDisclosure));
    }

    private static void caseOwnerView(UUID client) {
        StubbedOwningServices.answer("/case-owner/api/v1/clients/" + client + "/case-owner", 200, """
                {"clientId":"%s","status":"UNASSIGNED","clientshipOpen":true,
                 "clientshipStartedAt":"2026-01-01T00:00:00Z","version":1}""".formatted(client));
    }

    private static String activationPlan(UUID plan, UUID client, int version) {
        return """
                {"planId":"%s","version":%d,"clientId":"%s","validFrom":"2026-02-01","validUntil":"2026-08-31",
                 "parties":[],"services":[],"agreedPossibilities":[],"recordedAt":"2026-02-0%dT09:00:00Z"}"""
                .formatted(plan, version, client, version);
    }

    private static String entry(UUID id, String outcome) {
        return """
                {"id":"%s","occurredAt":"2026-04-01T10:15:30Z","service":"case-owner","actorName":"Oona",
                 "actorSubject":"subject-1","actorRoles":"case-owner","actorOrganisation":"hyvinvointialue-dev",
                 "action":"read the clientship","outcome":"%s","olderThanTwoYears":false}""".formatted(id, outcome);
    }

    private static String page(String items, String next) {
        return "{\"items\":[" + items + "],\"next\":" + (next == null ? "null" : "\"" + next + "\"") + "}";
    }

    private static List<String> labels(Resource resource) {
        return resource.getMeta().getSecurity().stream().map(Coding::getCode).toList();
    }

    private static <R extends Resource> R resource(Response response, Class<R> type) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(FhirValidation.errors(response.asString())).as(response.asString()).isEmpty();
        return FhirValidation.context().newJsonParser().parseResource(type, response.asString());
    }

    private static OperationOutcome outcome(Response response) {
        assertThat(response.contentType()).startsWith("application/fhir+json");
        assertThat(FhirValidation.errors(response.asString())).as(response.asString()).isEmpty();
        return FhirValidation.context().newJsonParser().parseResource(OperationOutcome.class, response.asString());
    }
}
