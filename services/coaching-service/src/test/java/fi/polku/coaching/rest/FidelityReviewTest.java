package fi.polku.coaching.rest;

import static fi.polku.coaching.rest.Coaching.coachOf;
import static fi.polku.coaching.rest.Coaching.createProvider;
import static fi.polku.coaching.rest.Coaching.newBusinessId;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventLog;
import fi.polku.testkit.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;

/** The fidelity review as LIITE 1 describes it: the criteria as data, ranges, counted items, place, next review. */
@QuarkusTest
class FidelityReviewTest {

    private static final String CRITERIA = "/api/v1/fidelity-criteria";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void theCriteriaCatalogueListsThe25ItemsPagedWithTheSubCriteriaOfTheCountedItems() {
        List<Integer> items = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = as(Roles.COORDINATOR).queryParam("limit", 10)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor)).get(CRITERIA).then()
                    .statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items.item", Integer.class));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(items).hasSize(25).isSorted().doesNotHaveDuplicates();

        as(Roles.JOB_COACH).get(CRITERIA + "/25").then().statusCode(200)
                .body("title", equalTo("Aloitteellinen ja aktiivinen sitouttaminen toimintaan kuuden toimintatavan"
                        + " kautta"))
                .body("scoredByCounting", equalTo(true)).body("subCriteria", hasSize(6))
                .body("subCriteria[0].code", equalTo("25.1"))
                .body("scoreByMetCount", equalTo(List.of(1, 1, 1, 2, 3, 4, 5)));
        as(Roles.ANALYST).get(CRITERIA + "/1").then().statusCode(200).body("section", equalTo("STAFFING"))
                .body("scoredByCounting", equalTo(false)).body("subCriteria", hasSize(0));
        as(Roles.COORDINATOR).get(CRITERIA + "/26").then().statusCode(400).body("violations.field", hasItem("item"));
        as(Roles.CASE_OWNER).get(CRITERIA).then().statusCode(403);
    }

    @Test
    void aReviewKeepsItsPlaceRangesAndCountedItemsAndSaysWhenTheNextIsDue() {
        String businessId = newBusinessId();
        String providerId = createProvider(businessId);
        String schedule = "/api/v1/providers/" + providerId + "/fidelity-review-schedule";
        LocalDate contractFrom = LocalDate.parse(as(Roles.COORDINATOR).get("/api/v1/providers/" + providerId).then()
                .statusCode(200).extract().path("contract.validFrom"));
        // never reviewed: due half a year after the contract started
        as(Roles.COORDINATOR).get(schedule).then().statusCode(200).body("basis", equalTo("CONTRACT_START"))
                .body("nextReviewDue", equalTo(contractFrom.plusMonths(6).toString()))
                .body("latestReviewId", nullValue());

        // LIITE 9 as written: ranges for items 2, 14, 15 and 24; items 4, 5, 9, 11 and 25 unscored
        Map<Integer, Object> scores = new HashMap<>(Map.of(1, 5, 3, 5, 6, 5, 7, 5, 8, 4, 10, 5, 12, 4, 13, 5, 16, 5,
                17, 4));
        scores.putAll(Map.of(18, 4, 19, 5, 20, 5, 21, 5, 22, 5, 23, 1));
        Map<Integer, List<Integer>> ranges = Map.of(2, List.of(3, 5), 14, List.of(4, 5), 15, List.of(3, 5), 24,
                List.of(1, 2));
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            Map<String, Object> item = new HashMap<>(Map.of("item", i));
            if (scores.containsKey(i)) {
                item.put("score", scores.get(i));
            } else if (ranges.containsKey(i)) {
                item.put("scoreRange", Map.of("lowest", ranges.get(i).get(0), "highest", ranges.get(i).get(1)));
            } else {
                item.put("notApplicable", true);
                item.put("reason", "ei relevantti");
            }
            items.add(item);
        }
        Map<String, Object> review = new HashMap<>(Map.of("reviewDate", "2022-11-15", "place", "Orimattilan työpaja",
                "reviewers", List.of("ELY-asiantuntija A", "ELY-asiantuntija B"), "items", items));
        String reviews = "/api/v1/providers/" + providerId + "/fidelity-reviews";
        String location = as(Roles.COORDINATOR).body(review).post(reviews).then().statusCode(201)
                .body("total", equalTo(89)).body("lowestTotal", equalTo(83)).body("band", equalTo("FAIR"))
                .body("place", equalTo("Orimattilan työpaja"))
                .body("reviewers", equalTo(List.of("ELY-asiantuntija A", "ELY-asiantuntija B")))
                .body("items[1].score", equalTo(5)).body("items[1].scoreRange.lowest", equalTo(3))
                .body("nextReviewDue", equalTo("2023-05-15")).extract().header("Location");
        as(Roles.ANALYST).get(location).then().statusCode(200).body("items[23].scoreRange.highest", equalTo(2))
                .body("nextReviewDue", equalTo("2023-05-15"));
        JsonNode event = EventLog.event(kafka, Topics.COACHING, "FidelityReviewRecorded", UUID.fromString(providerId),
                Duration.ofSeconds(20));
        EventSchemas.assertValid(event);
        assertThat(event.path("data").path("nextReviewDue").asText()).isEqualTo("2023-05-15");

        // a later review scored by the met sub-criteria reaches 100 points: the next one a year later
        List<Map<String, Object>> better = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            better.add(new HashMap<>(Map.of("item", i, "score", 4)));
        }
        better.get(4).remove("score");
        better.get(4).put("metSubCriteria", List.of("5.3", "5.1", "5.2")); // three met: 3
        better.get(24).put("metSubCriteria", List.of("25.1", "25.2", "25.3", "25.4", "25.5")); // five ways: 4
        String newer = as(Roles.COORDINATOR).body(Map.of("reviewDate", "2023-05-10", "reviewers",
                        List.of("ELY-asiantuntija A"), "items", better)).post(reviews).then().statusCode(201)
                .body("items[4].score", equalTo(3)).body("items[4].metSubCriteria", equalTo(List.of("5.1", "5.2",
                        "5.3")))
                .body("total", equalTo(99)).body("place", nullValue()).body("nextReviewDue", equalTo("2023-11-10"))
                .extract().path("id");
        coachOf(businessId).get(schedule).then().statusCode(200).body("basis", equalTo("LATEST_REVIEW"))
                .body("latestReviewId", equalTo(newer)).body("latestTotal", equalTo(99))
                .body("interval", equalTo("HALF_YEARLY")).body("nextReviewDue", equalTo("2023-11-10"))
                .body("overdue", equalTo(true)).body("rule", notNullValue());
        better.get(0).put("score", 5);
        as(Roles.COORDINATOR).body(Map.of("reviewDate", "2023-11-01", "reviewers", List.of("ELY-asiantuntija A"),
                "items", better)).post(reviews).then().statusCode(201).body("total", equalTo(100))
                .body("nextReviewDue", equalTo("2024-11-01"));
        as(Roles.ANALYST).get(schedule).then().statusCode(200).body("interval", equalTo("YEARLY"))
                .body("nextReviewDue", equalTo("2024-11-01"));
        coachOf(newBusinessId()).get(schedule).then().statusCode(403);
    }

    @Test
    void aCountedScoreMustMatchItsSubCriteriaAndOnlyCountedItemsTakeThem() {
        String providerId = createProvider(newBusinessId());
        String reviews = "/api/v1/providers/" + providerId + "/fidelity-reviews";
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            items.add(new HashMap<>(Map.of("item", i, "score", 3)));
        }
        items.get(12).put("metSubCriteria", List.of("13.1")); // one of four met gives 2, not 3
        items.get(0).put("metSubCriteria", List.of("1.1")); // item 1 is scored by its anchors
        items.get(7).remove("score");
        items.get(7).put("metSubCriteria", List.of("5.1")); // not item 8's
        items.get(1).put("scoreRange", Map.of("lowest", 3, "highest", 5)); // beside a score
        items.get(2).remove("score");
        items.get(2).put("scoreRange", Map.of("lowest", 4, "highest", 4));
        Map<String, Object> review = Map.of("reviewDate", "2023-01-10", "reviewers", List.of("ELY"), "items", items);

        as(Roles.COORDINATOR).body(review).post(reviews).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("items[12].score"))
                .body("violations.field", hasItem("items[0].metSubCriteria"))
                .body("violations.field", hasItem("items[7].metSubCriteria"))
                .body("violations.field", hasItem("items[1].scoreRange"))
                .body("violations.field", hasItem("items[2].scoreRange"));
        as(Roles.COORDINATOR).get(reviews).then().statusCode(200).body("items", hasSize(0));
    }
}
