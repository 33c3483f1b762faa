package fi.polku.coaching.rest;

import static fi.polku.coaching.rest.Coaching.accept;
import static fi.polku.coaching.rest.Coaching.addCoach;
import static fi.polku.coaching.rest.Coaching.coachOf;
import static fi.polku.coaching.rest.Coaching.createProvider;
import static fi.polku.coaching.rest.Coaching.grantConsent;
import static fi.polku.coaching.rest.Coaching.newBusinessId;
import static fi.polku.coaching.rest.Coaching.teamReferral;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

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
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 17 §3: coaching tells the due dates of its reminders with events (ids, codes, dates), for the case-owner
 * service's feed: the follow-along contacts still to be kept (item 23) for the coach, the next fidelity review (LIITE
 * 1, 11.2) for the provider's coordinators.
 */
@QuarkusTest
class ReminderSchedulesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate T = Coaching.today();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void aJobStartTellsTheContactsStillToBeKeptAndAMeetingThatKeepsSomeTellsTheRest() {
        String businessId = newBusinessId();
        String providerId = createProvider(businessId);
        String coachId = addCoach(providerId, "Muistava Maija", null);
        UUID client = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        try (EventPublisher publisher = new EventPublisher(kafka)) {
            grantConsent(publisher, client, businessId);
            teamReferral(publisher, client, referral, businessId);
        }
        accept(businessId, referral, coachId);
        String episode = EventLog.event(kafka, Topics.COACHING, "CoachingStarted", client, WAIT).path("data")
                .path("episodeId").asText();
        String path = "/api/v1/coaching-episodes/" + episode;

        String job = coachOf(businessId).body(Map.of("kind", "EMPLOYMENT", "employerName", "Muistutus Oy",
                        "title", "varastotyöntekijä", "occupation", "warehouse worker", "startDate",
                        T.minusDays(2).toString(), "hoursPerWeek", 30, "openLabourMarket", true, "permanent", false,
                        "wageAtLeastCollectiveAgreement", true))
                .post(path + "/jobs").then().statusCode(201).extract().path("id");
        JsonNode scheduled = latestSchedule(client, 1);
        EventSchemas.assertValid(scheduled);
        JsonNode data = scheduled.path("data");
        assertThat(data.path("episodeId").asText()).isEqualTo(episode);
        assertThat(data.path("providerOrganisation").asText()).isEqualTo(businessId);
        assertThat(data.path("userId").asText()).as("the coach's login").isEqualTo("coach-of-" + businessId);
        assertThat(kinds(data)).contains("BEFORE_START#1", "AFTER_START#1", "WEEKLY#1", "MONTHLY#12");
        assertThat(data.path("contacts").get(0).path("jobId").asText()).isEqualTo(job);
        assertThat(contact(data, "AFTER_START#1").path("windowStart").asText()).isEqualTo(T.minusDays(2).toString());
        assertThat(contact(data, "AFTER_START#1").path("dueDate").asText()).isEqualTo(T.plusDays(1).toString());

        // a face-to-face meeting today keeps the contact after the start and the first week's
        coachOf(businessId).body(new HashMap<>(Map.of("date", T.toString(), "mode", "FACE_TO_FACE", "location",
                "WORKPLACE", "attendance", "HELD", "topic", "first days"))).post(path + "/meetings").then()
                .statusCode(201);
        JsonNode afterMeeting = latestSchedule(client, 2);
        EventSchemas.assertValid(afterMeeting);
        assertThat(kinds(afterMeeting.path("data"))).contains("BEFORE_START#1", "WEEKLY#2")
                .doesNotContain("AFTER_START#1", "WEEKLY#1");
    }

    @Test
    void aNewProviderAndEachReviewTellWhenTheNextFidelityReviewIsDue() {
        String businessId = newBusinessId();
        UUID providerId = UUID.fromString(createProvider(businessId));
        LocalDate contractFrom = LocalDate.now().minusYears(1);
        JsonNode first = EventLog.event(kafka, Topics.COACHING, "FidelityReviewScheduled", providerId, WAIT);
        EventSchemas.assertValid(first);
        assertThat(first.path("data").path("providerOrganisation").asText()).isEqualTo(businessId);
        assertThat(first.path("data").path("basis").asText()).isEqualTo("CONTRACT_START");
        assertThat(first.path("data").path("nextReviewDue").asText())
                .isEqualTo(contractFrom.plusMonths(6).toString());

        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            items.add(Map.of("item", i, "score", 4));
        }
        as(Roles.COORDINATOR).body(Map.of("reviewDate", T.minusDays(10).toString(), "reviewers", List.of("ELY"),
                "items", items)).post("/api/v1/providers/" + providerId + "/fidelity-reviews").then().statusCode(201);
        List<JsonNode> schedules = EventLog.events(kafka, Topics.COACHING,
                EventLog.ofType("FidelityReviewScheduled", providerId), 2, WAIT);
        JsonNode afterReview = schedules.get(schedules.size() - 1);
        EventSchemas.assertValid(afterReview);
        assertThat(afterReview.path("data").path("basis").asText()).isEqualTo("LATEST_REVIEW");
        assertThat(afterReview.path("data").path("interval").asText()).as("100 points: yearly").isEqualTo("YEARLY");
        assertThat(afterReview.path("data").path("nextReviewDue").asText())
                .isEqualTo(T.minusDays(10).plusMonths(12).toString());
    }

    private JsonNode latestSchedule(UUID client, int atLeast) {
        List<JsonNode> events = EventLog.events(kafka, Topics.COACHING,
                EventLog.ofType("FollowAlongContactsScheduled", client), atLeast, WAIT);
        assertThat(events).hasSizeGreaterThanOrEqualTo(atLeast);
        return events.get(events.size() - 1);
    }

    private static List<String> kinds(JsonNode data) {
        List<String> kinds = new ArrayList<>();
        data.path("contacts").forEach(c -> kinds.add(c.path("kind").asText() + "#" + c.path("sequence").asInt()));
        return kinds;
    }

    private static JsonNode contact(JsonNode data, String kind) {
        for (JsonNode c : data.path("contacts")) {
            if (kind.equals(c.path("kind").asText() + "#" + c.path("sequence").asInt())) {
                return c;
            }
        }
        throw new AssertionError("no contact " + kind + " in " + data);
    }
}
