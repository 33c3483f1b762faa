package fi.polku.testkit.webhooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's webhook receiver on localhost, as a partner would write it: it verifies each request's Standard
 * Webhooks signature with the reference library (com.standardwebhooks), independently of how Polku signs, answers
 * with the status the test sets (200 by default; 503 while {@link #down()}), and keeps what it received.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile String secret;
    private volatile IntSupplier status = () -> 200;

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/hooks", receiver::handle);
            server.setExecutor(receiver.executor);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("The webhook receiver did not start", e);
        }
    }

    /** The callback URL to subscribe. */
    public String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hooks";
    }

    /** The subscription's secret (whsec_…), as the partner stores it from the create's answer. */
    public void verifyWith(String whsecSecret) {
        this.secret = whsecSecret;
    }

    public void answer(int statusCode) {
        this.status = () -> statusCode;
    }

    /** Answers {@code failures} requests with the status, then 200. */
    public void failFirst(int failures, int statusCode) {
        AtomicInteger left = new AtomicInteger(failures);
        this.status = () -> left.getAndDecrement() > 0 ? statusCode : 200;
    }

    public void down() {
        answer(503);
    }

    public void up() {
        answer(200);
    }

    /** Every request, in arrival order, with what was answered. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests answered 2xx, each webhook-id once (the first), in arrival order: what the partner keeps. */
    public List<Received> accepted() {
        Map<String, Received> byId = new LinkedHashMap<>();
        for (Received request : received) {
            if (request.answered() / 100 == 2) {
                byId.putIfAbsent(request.webhookId(), request);
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** The accepted events about one client (CloudEvent subject), in arrival order. */
    public List<Received> acceptedAbout(String clientId) {
        return accepted().stream().filter(r -> clientId.equals(r.event().path("subject").asText())).toList();
    }

    /** Waits until the condition on what was received holds. */
    public void await(Duration timeout, Predicate<WebhookReceiver> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(this)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The webhook receiver did not get what was expected within " + timeout
                        + "; received " + received.stream().map(Received::summary).toList());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values));
        boolean verified = verify(body, headers);
        int answered = verified ? status.getAsInt() : 401;
        received.add(new Received(first(headers, "webhook-id"), first(headers, "webhook-timestamp"),
                first(headers, "content-type"), verified, answered, body, json(body)));
        exchange.sendResponseHeaders(answered, -1);
        exchange.close();
    }

    private boolean verify(String body, Map<String, List<String>> headers) {
        if (secret == null) {
            return false;
        }
        try {
            new Webhook(secret).verify(body, headers);
            return true;
        } catch (WebhookVerificationException e) {
            return false;
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static JsonNode json(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return MAPPER.createObjectNode();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** One request: its Standard Webhooks headers, whether its signature held, what was answered, the CloudEvent. */
    public record Received(String webhookId, String webhookTimestamp, String contentType, boolean signatureValid,
            int answered, String body, JsonNode event) {

        public String type() {
            return event.path("type").asText();
        }

        String summary() {
            return webhookId + " " + type() + " -> " + answered + (signatureValid ? "" : " (bad signature)");
        }
    }
}
