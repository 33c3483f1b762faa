package fi.polku.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import fi.polku.testkit.Tokens;
import fi.polku.testkit.system.PolkuService;
import fi.polku.testkit.system.PolkuSystem;

/** JSON over HTTP to the running services, as a browser or an integration would call them. */
final class PolkuClient {

    /** An answer; {@code contentType} tells a problem+json error from another (the soak counts them apart). */
    record Reply(int status, JsonNode body, String contentType) {

        boolean problemJson() {
            return contentType.startsWith("application/problem+json");
        }

        JsonNode expect(int expectedStatus, String what) {
            if (status != expectedStatus) {
                throw new IllegalStateException(what + " answered " + status + ": " + body);
            }
            return body;
        }

        String id(String what) {
            return expect(201, what).path("id").asText();
        }
    }

    /** Who calls: a role, the caller's organisation (token claim {@code org}) and the token subject. */
    record Caller(String role, String organisation, String subject) {

        static Caller of(String role) {
            return new Caller(role, Tokens.DEFAULT_ORGANISATION, "bench-" + role);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Caller, String> tokens = new ConcurrentHashMap<>();
    private final PolkuSystem system;

    PolkuClient(PolkuSystem system) {
        this.system = system;
    }

    Reply get(PolkuService service, String path, Caller caller) {
        return send(request(service, path, caller).GET().build());
    }

    Reply post(PolkuService service, String path, Caller caller, Object body, Duration timeout) {
        return send(request(service, path, caller).timeout(timeout).POST(json(body)).build());
    }

    /** A create POST with an {@code Idempotency-Key}, as a client that retries safely sends it. */
    Reply create(PolkuService service, String path, Caller caller, Object body) {
        return send(request(service, path, caller).header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(json(body)).build());
    }

    private HttpRequest.Builder request(PolkuService service, String path, Caller caller) {
        // signing a token costs an RSA signature: mint once per caller, as a real client reuses its token
        String token = tokens.computeIfAbsent(caller,
                c -> Tokens.token(c.role(), c.organisation(), c.subject()));
        return HttpRequest.newBuilder(URI.create(system.url(service) + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json");
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), parse(response.body()),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }
}
