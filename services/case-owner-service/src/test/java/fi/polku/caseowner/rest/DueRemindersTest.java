package fi.polku.caseowner.rest;

import static fi.polku.caseowner.rest.Fixtures.WAIT;
import static fi.polku.testkit.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fi.polku.caseowner.service.DueReminders;
import fi.polku.platform.events.Topics;
import fi.polku.platform.security.Roles;
import fi.polku.testkit.EventPublisher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 17 §3: coaching's follow-along contacts and fidelity reviews reach the feed of the person responsible when
 * due, by this service's reminders at the times the test chooses: the coach for a contact (item 23), the provider's
 * coordinators for a review (LIITE 1, 11.2).
 */
@QuarkusTest
class DueRemindersTest {

    private static final String FEED = "/api/v1/notifications/me";
    private static final LocalDate DAY = LocalDate.of(2031, 3, 3);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    DueReminders reminders;

    EventPublisher publisher;

    @BeforeEach
    void connect() {
        publisher = new EventPublisher(kafka);
    }

    @AfterEach
    void disconnect() {
        publisher.close();
    }

    @Test
    void aFollowAlongContactReachesItsCoachWhenItsWindowOpensAndAKeptOneNever() {
        String provider = "provider-" + UUID.randomUUID();
        String coach = "coach-" + UUID.randomUUID();
        UUID client = UUID.randomUUID();
        UUID episode = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        schedule(client, episode, provider, coach, at, List.of(contact(job, "AFTER_START", 1, DAY, DAY.plusDays(3)),
                contact(job, "WEEKLY", 2, DAY.plusDays(7), DAY.plusDays(13))));

        await().atMost(WAIT).untilAsserted(() -> {
            reminders.remindAt(DAY.atTime(8, 0).atOffset(ZoneOffset.UTC));
            assertThat(codes(coachOf(provider, coach))).containsExactly("AFTER_START");
        });
        var feed = coachOf(provider, coach).get(FEED).then().statusCode(200).extract();
        assertThat(feed.<String>path("items[0].rule")).isEqualTo("FOLLOW_ALONG_CONTACT_DUE");
        assertThat(feed.<String>path("items[0].clientId")).isEqualTo(client.toString());
        assertThat(feed.<String>path("items[0].referenceId")).isEqualTo(job.toString());
        assertThat(codes(coachOf(provider, "another-" + UUID.randomUUID()))).isEmpty();
        assertThat(codes(as(Roles.COORDINATOR, provider, "lead-" + UUID.randomUUID()))).isEmpty();

        // the second week's contact was kept early: coaching's next schedule no longer has it, but another one
        schedule(client, episode, provider, coach, at.plusSeconds(1), List.of(contact(job, "MONTHLY", 2,
                DAY.plusDays(5), DAY.plusDays(30))));
        await().atMost(WAIT).untilAsserted(() -> {
            reminders.remindAt(DAY.plusDays(5).atTime(8, 0).atOffset(ZoneOffset.UTC));
            assertThat(codes(coachOf(provider, coach))).containsExactly("MONTHLY", "AFTER_START");
        });
        reminders.remindAt(DAY.plusDays(9).atTime(8, 0).atOffset(ZoneOffset.UTC));
        assertThat(codes(coachOf(provider, coach))).as("each once").containsExactly("MONTHLY", "AFTER_START");
    }

    @Test
    void aFidelityReviewDueReachesTheProvidersCoordinatorsOnItsDay() {
        String provider = "provider-" + UUID.randomUUID();
        UUID providerId = UUID.randomUUID();
        LocalDate due = DAY.plusMonths(6);
        publisher.publish(Topics.COACHING, "coaching", "FidelityReviewScheduled", providerId, Map.of("providerId",
                providerId.toString(), "providerOrganisation", provider, "basis", "CONTRACT_START", "interval",
                "HALF_YEARLY", "nextReviewDue", due.toString(), "scheduledAt",
                OffsetDateTime.now(ZoneOffset.UTC).toString()));
        RequestSpecification lead = as(Roles.COORDINATOR, provider, "lead-" + UUID.randomUUID());

        await().atMost(WAIT).untilAsserted(() -> {
            reminders.remindAt(due.minusDays(1).atTime(12, 0).atOffset(ZoneOffset.UTC));
            reminders.remindAt(due.atTime(8, 0).atOffset(ZoneOffset.UTC));
            assertThat(codes(lead)).containsExactly("HALF_YEARLY");
        });
        var feed = lead.get(FEED).then().statusCode(200).extract();
        assertThat(feed.<String>path("items[0].rule")).isEqualTo("FIDELITY_REVIEW_DUE");
        assertThat(feed.<String>path("items[0].referenceId")).isEqualTo(providerId.toString());
        assertThat(feed.<String>path("items[0].occurredAt")).startsWith(due.toString());
        String id = feed.path("items[0].id");

        RequestSpecification otherLead = as(Roles.COORDINATOR, provider, "lead-" + UUID.randomUUID());
        assertThat(codes(otherLead)).as("every coordinator of the provider").containsExactly("HALF_YEARLY");
        assertThat(codes(coachOf(provider, "coach-" + UUID.randomUUID()))).as("not its coaches").isEmpty();
        assertThat(codes(as(Roles.COORDINATOR, "provider-" + UUID.randomUUID(), "lead-" + UUID.randomUUID()))).isEmpty();
        coachOf(provider, "coach-" + UUID.randomUUID()).post("/api/v1/notifications/" + id + "/read").then()
                .statusCode(403);
        otherLead.post("/api/v1/notifications/" + id + "/read").then().statusCode(200);
    }

    private void schedule(UUID client, UUID episode, String provider, String coach, OffsetDateTime at,
            List<Map<String, Object>> contacts) {
        publisher.publish(Topics.COACHING, "coaching", "FollowAlongContactsScheduled", client, Map.of("clientId",
                client.toString(), "episodeId", episode.toString(), "providerOrganisation", provider, "coachId",
                UUID.randomUUID().toString(), "userId", coach, "contacts", contacts, "scheduledAt", at.toString()));
    }

    private static Map<String, Object> contact(UUID job, String kind, int sequence, LocalDate windowStart,
            LocalDate dueDate) {
        return Map.of("jobId", job.toString(), "kind", kind, "sequence", sequence, "windowStart",
                windowStart.toString(), "dueDate", dueDate.toString());
    }

    private static List<String> codes(RequestSpecification caller) {
        return caller.queryParam("limit", 200).get(FEED).then().statusCode(200).extract().path("items.code");
    }

    private static RequestSpecification coachOf(String provider, String subject) {
        return as(Roles.JOB_COACH, provider, subject);
    }
}
