package fi.polku.testkit.demo;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import fi.polku.testkit.contract.ResponseValidation;
import fi.polku.testkit.system.PolkuService;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The demo's calls to the services' public REST APIs, each response checked against the service's committed spec.
 * Creates carry a stable {@code Idempotency-Key}, so a second load of the demo answers the first one's resources.
 */
final class DemoApi {

    private static final Duration POLL = Duration.ofMillis(250);

    private final Function<PolkuService, String> urls;
    private final Map<DemoUser, String> tokens = new ConcurrentHashMap<>();

    DemoApi(Function<PolkuService, String> urls) {
        this.urls = urls;
    }

    RequestSpecification as(PolkuService service, DemoUser user) {
        return RestAssured.given().baseUri(urls.apply(service)).filter(ResponseValidation.against(service.shortName()))
                .auth().oauth2(tokens.computeIfAbsent(user, DemoUser::token))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A create POST; answers the created (or, on a repeat, the first) resource. */
    JsonPath create(PolkuService service, DemoUser user, String path, String key, Object body) {
        Response response = as(service, user).header("Idempotency-Key", key).body(body).post(path);
        return expect(response, 201, "POST " + path);
    }

    JsonPath post(PolkuService service, DemoUser user, String path, Object body) {
        return expect(as(service, user).body(body).post(path), 200, "POST " + path);
    }

    /** A POST that records something without an Idempotency-Key (the operation takes none). */
    JsonPath record(PolkuService service, DemoUser user, String path, Object body) {
        return expect(as(service, user).body(body).post(path), 201, "POST " + path);
    }

    JsonPath get(PolkuService service, DemoUser user, String path) {
        return expect(as(service, user).get(path), 200, "GET " + path);
    }

    /** A replacement of the resource at {@code path}, sending the ETag of the version read there ({@code If-Match}). */
    JsonPath putIfMatch(PolkuService service, DemoUser user, String path, Object body) {
        Response read = as(service, user).get(path);
        expect(read, 200, "GET " + path);
        return expect(as(service, user).header("If-Match", read.header("ETag")).body(body).put(path), 200,
                "PUT " + path);
    }

    /** A state change that needs the ETag of the version read ({@code If-Match}). */
    JsonPath postIfMatch(PolkuService service, DemoUser user, String readPath, String path, Object body) {
        Response read = as(service, user).get(readPath);
        expect(read, 200, "GET " + readPath);
        String etag = read.header("ETag");
        return expect(as(service, user).header("If-Match", etag).body(body).post(path), 200, "POST " + path);
    }

    /**
     * Polls {@code call} until {@code done}: the services learn of each other's changes from events, a moment later
     * (a coaching referral is refused until coaching has seen the consent, an assessment appears after the booking).
     */
    static Response eventually(String what, Duration timeout, Supplier<Response> call, Predicate<Response> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Response response = call.get();
            if (done.test(response)) {
                return response;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + ": still " + response.statusCode() + " " + response.asString()
                        + " after " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting: " + what, e);
            }
        }
    }

    private static JsonPath expect(Response response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.asString());
        }
        return response.jsonPath();
    }
}
