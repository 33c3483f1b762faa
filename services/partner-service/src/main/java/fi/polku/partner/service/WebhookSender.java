package fi.polku.partner.service;

import java.time.Duration;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import fi.polku.partner.config.WebhookConfig;
import fi.polku.partner.domain.WebhookSignature;
import fi.polku.platform.time.ServiceTime;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * Sends attempts as Standard Webhooks: a POST of the CloudEvent in structured mode with {@code webhook-id} (the
 * event id), {@code webhook-timestamp} (Unix seconds) and {@code webhook-signature}. Vert.x's web client on
 * Quarkus's Vert.x instance sends a batch concurrently, each with the configured timeouts; redirects are not
 * followed (a receiver answers where it was registered).
 */
@ApplicationScoped
public class WebhookSender {

    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    private final WebClient client;
    private final Duration requestTimeout;
    private final ServiceTime time;

    public WebhookSender(Vertx vertx, WebhookConfig config, ServiceTime time) {
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setFollowRedirects(false)
                .setUserAgent("Polku-Webhooks/1.0"));
        this.requestTimeout = config.requestTimeout();
        this.time = time;
    }

    /** The receivers' status codes, in the attempts' order; null where a receiver did not answer. */
    public List<Integer> send(List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return List.of();
        }
        List<Uni<Integer>> sends = attempts.stream().map(this::send).toList();
        return Uni.join().all(sends).andFailFast().await().atMost(requestTimeout.multipliedBy(3));
    }

    private Uni<Integer> send(Attempt attempt) {
        long timestamp = time.timestamp().toEpochSecond();
        return client.postAbs(attempt.callbackUrl())
                .timeout(requestTimeout.toMillis())
                .putHeader("content-type", CONTENT_TYPE)
                .putHeader("webhook-id", attempt.eventId())
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature",
                        WebhookSignature.sign(attempt.secrets(), attempt.eventId(), timestamp, attempt.body()))
                .sendBuffer(Buffer.buffer(attempt.body()))
                .map(response -> (Integer) response.statusCode())
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("Webhook delivery %s got no answer (%s)", attempt.deliveryId(),
                            failure.getClass().getSimpleName());
                    return null;
                });
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
