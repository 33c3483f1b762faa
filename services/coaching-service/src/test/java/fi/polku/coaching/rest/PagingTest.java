package fi.polku.coaching.rest;

import static fi.polku.coaching.rest.Coaching.addCoach;
import static fi.polku.coaching.rest.Coaching.awaitStatus;
import static fi.polku.coaching.rest.Coaching.coachOf;
import static fi.polku.coaching.rest.Coaching.createProvider;
import static fi.polku.coaching.rest.Coaching.grantConsent;
import static fi.polku.coaching.rest.Coaching.newBusinessId;
import static fi.polku.coaching.rest.Coaching.refer;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.contract.Paging;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every list of the service pages by a stable key: walking it two items a page while items are added between the
 * pages, a caller sees every item that was there when they started exactly once, nothing twice, and in the list's
 * order (the order of one whole page read afterwards).
 */
@QuarkusTest
class PagingTest {

    private static final LocalDate T = Coaching.today();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    private record Active(String businessId, String providerId, String coachId, UUID clientId, String path) {
    }

    private Active activeEpisode(String businessId, String providerId, String coachId) {
        UUID clientId = UUID.randomUUID();
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            grantConsent(publisher, clientId, businessId);
        }
        String episodeId = refer(clientId, providerId);
        awaitStatus(episodeId, "ACTIVE");
        return new Active(businessId, providerId, coachId, clientId, "/api/v1/coaching-episodes/" + episodeId);
    }

    private Active activeEpisode() {
        String businessId = newBusinessId();
        String providerId = createProvider(businessId);
        return activeEpisode(businessId, providerId, addCoach(providerId, "Paula Sivuttaja", null));
    }

    /**
     * Walks {@code path} two items a page, running {@code addItem} between pages, and checks the walk against the
     * items there before and the whole list read in one page afterwards; {@code field} identifies an item.
     */
    private static List<String> assertPagedOnceInOrder(RequestSpecificationSupplier caller, String path, String field,
            Runnable addItem) {
        List<String> before = wholeList(caller, path, field);
        assertThat(before).as("the test needs more items than a page").hasSizeGreaterThan(2);
        AtomicInteger added = new AtomicInteger();
        List<String> walked = Paging.collect(cursor -> page(caller, path, 2, cursor), field, () -> {
            addItem.run();
            added.incrementAndGet();
        });
        assertThat(added.get()).as("items were added while paging").isPositive();
        assertThat(walked).as("nothing twice").doesNotHaveDuplicates();
        assertThat(walked).as("every item that was there at the start").containsAll(before);
        List<String> after = wholeList(caller, path, field);
        assertThat(after).as("the items added while paging are listed").hasSizeGreaterThan(before.size());
        assertThat(walked).as("in the list's order").isEqualTo(after.stream().filter(walked::contains).toList());
        return walked;
    }

    private static List<String> wholeList(RequestSpecificationSupplier caller, String path, String field) {
        List<String> all = new ArrayList<>();
        Paging.collect(cursor -> page(caller, path, 200, cursor), field, () -> { }).forEach(all::add);
        return all;
    }

    private static Response page(RequestSpecificationSupplier caller, String path, int limit, String cursor) {
        RequestSpecification request = caller.get().queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get(path);
    }

    @FunctionalInterface
    private interface RequestSpecificationSupplier {
        RequestSpecification get();
    }

    @Test
    void aProvidersReferralsPageOldestFirst() {
        String providerId = createProvider(newBusinessId());
        Runnable send = () -> {
            UUID client = UUID.randomUUID();
            Coaching.inCareOfTheCounty(client);
            as(Roles.CASE_OWNER).body(Map.of("clientId", client.toString(), "providerId", providerId,
                    "referrerType", "CASE_OWNER")).post("/api/v1/coaching-referrals").then().statusCode(201);
        };
        for (int i = 0; i < 3; i++) {
            send.run();
        }
        assertPagedOnceInOrder(() -> as(Roles.COORDINATOR), "/api/v1/coaching-referrals?providerId=" + providerId,
                "id", send);
    }

    @Test
    void providersPageByName() {
        for (int i = 0; i < 3; i++) {
            createProvider(newBusinessId());
        }
        assertPagedOnceInOrder(() -> as(Roles.COORDINATOR), "/api/v1/providers", "id",
                () -> createProvider(newBusinessId()));
    }

    @Test
    void aProvidersCoachesPageByName() {
        String providerId = createProvider(newBusinessId());
        for (String name : List.of("Cecilia", "Aapo", "Bertta")) {
            addCoach(providerId, name, null);
        }
        AtomicInteger n = new AtomicInteger();
        String path = "/api/v1/providers/" + providerId + "/coaches";
        assertPagedOnceInOrder(() -> as(Roles.COORDINATOR), path, "id",
                () -> addCoach(providerId, "Veikko " + n.incrementAndGet(), null));
        assertThat(wholeList(() -> as(Roles.COORDINATOR), path, "name"))
                .containsExactly("Aapo", "Bertta", "Cecilia", "Veikko 1");
    }

    @Test
    void anEpisodesPhaseHistoryMeetingsAndJobsPage() {
        Active e = activeEpisode();
        List<String> phases = new ArrayList<>(List.of("VOCATIONAL_PROFILE", "JOB_SEARCH", "EMPLOYER_AGREEMENT",
                "JOB_SEARCH", "EMPLOYER_AGREEMENT", "JOB_SEARCH"));
        for (int i = 0; i < 2; i++) {
            transition(e, phases.remove(0));
        }
        assertPagedOnceInOrder(() -> coachOf(e.businessId()), e.path() + "/phase-transitions", "changedAt",
                () -> transition(e, phases.remove(0)));
        assertThat(wholeList(() -> coachOf(e.businessId()), e.path() + "/phase-transitions", "toPhase"))
                .containsExactly("ENGAGEMENT", "VOCATIONAL_PROFILE", "JOB_SEARCH", "EMPLOYER_AGREEMENT");

        for (int i = 3; i > 0; i--) {
            meeting(e, T.minusDays(i * 2L));
        }
        AtomicInteger earlier = new AtomicInteger();
        assertPagedOnceInOrder(() -> coachOf(e.businessId()), e.path() + "/meetings", "id",
                () -> meeting(e, T.minusDays(earlier.incrementAndGet() % 2 == 0 ? 10 : 1)));

        for (int i = 3; i > 0; i--) {
            job(e, T.minusDays(i * 2L));
        }
        assertPagedOnceInOrder(() -> coachOf(e.businessId()), e.path() + "/jobs", "id", () -> job(e, T));
    }

    @Test
    void aCoachsEmployerContactsAndDueContactsPage() {
        Active e = activeEpisode();
        for (int i = 3; i > 0; i--) {
            employerContact(e, T.minusDays(i));
        }
        assertPagedOnceInOrder(() -> coachOf(e.businessId()), "/api/v1/coaches/" + e.coachId() + "/employer-contacts",
                "id", () -> employerContact(e, T));

        // a job that started five weeks ago without any meeting: its first contacts are all overdue
        job(e, T.minusDays(35), "EMPLOYMENT");
        String dueContacts = "/api/v1/coaches/" + e.coachId() + "/due-contacts";
        assertPagedOnceInOrder(() -> coachOf(e.businessId()), dueContacts, "contact",
                () -> job(e, T.minusDays(20), "EMPLOYMENT"));
        assertThat(wholeList(() -> coachOf(e.businessId()), dueContacts, "contact.dueDate")).isSorted();
    }

    @Test
    void aProvidersFidelityReviewsPageNewestFirst() {
        String providerId = createProvider(newBusinessId());
        for (String date : List.of("2023-11-15", "2024-11-15", "2022-11-15")) {
            fidelityReview(providerId, date);
        }
        AtomicInteger year = new AtomicInteger(2020);
        String path = "/api/v1/providers/" + providerId + "/fidelity-reviews";
        assertPagedOnceInOrder(() -> as(Roles.COORDINATOR), path, "id",
                () -> fidelityReview(providerId, year.decrementAndGet() + "-11-15"));
        assertThat(wholeList(() -> as(Roles.COORDINATOR), path, "reviewDate"))
                .containsExactly("2024-11-15", "2023-11-15", "2022-11-15", "2019-11-15");
    }

    @Test
    void aProvidersFeeLinesPageInTheOrderEarned() {
        String businessId = newBusinessId();
        String providerId = createProvider(businessId);
        String coachId = addCoach(providerId, "Maksu Maija", null);
        List<Active> episodes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            episodes.add(activeEpisode(businessId, providerId, coachId));
        }
        String path = "/api/v1/providers/" + providerId + "/fee-lines?from=" + T.minusDays(1) + "&to=" + T.plusDays(1);
        List<String> outcomes = new ArrayList<>(List.of("SICK_LEAVE", "STUDIES"));
        assertPagedOnceInOrder(() -> as(Roles.COORDINATOR), path, "id",
                () -> coachOf(businessId).body(Map.of("outcome", outcomes.remove(0), "date", T.toString()))
                        .post(episodes.get(outcomes.size()).path() + "/outcomes").then().statusCode(201));
        assertThat(wholeList(() -> as(Roles.COORDINATOR), path, "feeType"))
                .containsExactly("START", "START", "START", "GUIDANCE");
    }

    private static void transition(Active e, String phase) {
        coachOf(e.businessId()).body(Map.of("toPhase", phase)).post(e.path() + "/phase-transitions").then()
                .statusCode(200);
    }

    private static void meeting(Active e, LocalDate date) {
        coachOf(e.businessId()).body(Map.of("date", date.toString(), "mode", "FACE_TO_FACE", "location", "CAFE",
                "attendance", "HELD", "topic", "paging")).post(e.path() + "/meetings").then().statusCode(201);
    }

    private static void job(Active e, LocalDate start) {
        job(e, start, "WORK_TRIAL");
    }

    private static void job(Active e, LocalDate start, String kind) {
        coachOf(e.businessId()).body(Map.of("kind", kind, "employerName", "Sivu Oy", "title", "helper",
                        "occupation", "warehouse worker", "startDate", start.toString(), "hoursPerWeek", 20,
                        "openLabourMarket", true, "permanent", false, "wageAtLeastCollectiveAgreement", true))
                .post(e.path() + "/jobs").then().statusCode(201);
    }

    private static void employerContact(Active e, LocalDate date) {
        coachOf(e.businessId()).body(Map.of("employerName", "Sivu Oy", "date", date.toString(), "faceToFace", true,
                        "clientIds", List.of(e.clientId().toString()), "basedOnClientPreferences", true,
                        "purpose", "paging"))
                .post("/api/v1/coaches/" + e.coachId() + "/employer-contacts").then().statusCode(201);
    }

    private static void fidelityReview(String providerId, String date) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            items.add(new HashMap<>(Map.of("item", i, "score", 4)));
        }
        as(Roles.COORDINATOR).body(Map.of("reviewDate", date, "reviewers", List.of("ELY-asiantuntija"), "items", items))
                .post("/api/v1/providers/" + providerId + "/fidelity-reviews").then().statusCode(201);
    }
}
