package fi.polku.partner.service;

import static fi.polku.partner.Partners.STARTED;
import static fi.polku.partner.Partners.awaitConsent;
import static fi.polku.partner.Partners.deliveries;
import static fi.polku.partner.Partners.grantConsent;
import static fi.polku.partner.Partners.newOrganisation;
import static fi.polku.partner.Partners.publisher;
import static fi.polku.partner.Partners.subscribe;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import fi.polku.platform.events.Topics;
import fi.polku.testkit.EventPublisher;
import fi.polku.testkit.webhooks.WebhookReceiver;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Pending deliveries are rows in the database: a dispatcher that starts again goes on with them. */
@QuarkusTest
class PendingDeliveriesTest {

    @Inject
    Dispatcher dispatcher;

    @Inject
    AgroalDataSource database;

    @Test
    void deliveriesPendingWhileTheDispatcherWasStoppedGoOutWhenItStartsAgain() throws Exception {
        String organisation = newOrganisation();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String subscription = subscribe(organisation, receiver, List.of(STARTED));
            UUID client = UUID.randomUUID();
            grantConsent(client, organisation);
            awaitConsent(database, client, organisation, true);

            dispatcher.stop(null);
            try {
                Map<String, Object> event = EventPublisher.envelope(UUID.randomUUID().toString(), "coaching",
                        "CoachingStarted", client, Map.of("clientId", client.toString(),
                                "episodeId", UUID.randomUUID().toString(), "providerId", UUID.randomUUID().toString(),
                                "providerOrganisation", organisation, "coachId", UUID.randomUUID().toString(),
                                "startedAt", OffsetDateTime.now(ZoneOffset.UTC).toString()));
                publisher().publishEnvelope(Topics.COACHING, client, event);
                publisher().publishEnvelope(Topics.COACHING, client, event);
                Awaitility.await().atMost(Duration.ofSeconds(30))
                        .until(() -> !deliveries(organisation, subscription).isEmpty());
                Thread.sleep(1000);
                assertThat(deliveries(organisation, subscription)).singleElement()
                        .satisfies(d -> assertThat(d).containsEntry("status", "PENDING").containsEntry("attempts", 0));
                assertThat(receiver.received()).isEmpty();
            } finally {
                dispatcher.start(null);
            }

            receiver.await(Duration.ofSeconds(30), r -> r.accepted().size() == 1);
            assertThat(deliveries(organisation, subscription)).singleElement()
                    .satisfies(d -> assertThat(d).containsEntry("status", "DELIVERED"));
        }
    }
}
