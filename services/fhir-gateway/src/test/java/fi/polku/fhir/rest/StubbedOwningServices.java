package fi.polku.fhir.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The four owning services as one stub HTTP server (each under its own path prefix, e.g. {@code /intake}), for the
 * gateway's own tests: each answers what a test put under a path, else 404, and every call is recorded with the
 * token it carried. Tests use fresh ids, so their answers never meet.
 */
public class StubbedOwningServices implements QuarkusTestResourceLifecycleManager {

    /** An owning service's answer: its status and JSON body. */
    public record Answer(int status, String json) {
    }

    /** A call the gateway made: the path (with the service's prefix), the query and the Authorization header. */
    public record Call(String path, String query, String authorization) {
    }

    private static final Map<String, Function<String, Answer>> ROUTES = new ConcurrentHashMap<>();
    private static final List<Call> CALLS = new CopyOnWriteArrayList<>();

    private HttpServer server;

    /** {@code path} answers {@code status} with {@code json}, whatever the query. */
    static void answer(String path, int status, String json) {
        ROUTES.put(path, query -> new Answer(status, json));
    }

    /** {@code path} answers by its query (null when there is none). */
    static void answer(String path, Function<String, Answer> byQuery) {
        ROUTES.put(path, byQuery);
    }

    static List<Call> callsTo(String path) {
        return CALLS.stream().filter(call -> call.path().equals(path)).toList();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        String base = "http://localhost:" + server.getAddress().getPort();
        return Map.of("polku.fhir.services.intake", base + "/intake",
                "polku.fhir.services.case-owner", base + "/case-owner",
                "polku.fhir.services.assessment", base + "/assessment",
                "polku.fhir.services.coaching", base + "/coaching");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        CALLS.add(new Call(path, query, exchange.getRequestHeaders().getFirst("Authorization")));
        Function<String, Answer> route = ROUTES.get(path);
        Answer answer = route == null ? new Answer(404, "{\"status\":404}") : route.apply(query);
        byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
