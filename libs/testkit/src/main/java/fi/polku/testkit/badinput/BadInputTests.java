package fi.polku.testkit.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.DynamicTest;

import fi.polku.testkit.Tokens;
import fi.polku.testkit.contract.ResponseValidation;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Runs bad-input cases as JUnit dynamic tests: each must get a 4xx (never a 5xx) {@code application/problem+json}
 * whose {@code violations} name the case's field, and must leave the service's database as it was.
 */
public final class BadInputTests {

    private static final RestAssuredConfig EXACT_CONTENT_TYPE = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    private static final Duration QUIET = Duration.ofMillis(500);
    private static final Duration MAX_SETTLING = Duration.ofSeconds(15);

    private BadInputTests() {
    }

    public static Stream<DynamicTest> of(List<BadInputCase> cases, DataSource database) {
        awaitQuiet(database);
        AtomicReference<DatabaseSnapshot> latest = new AtomicReference<>(DatabaseSnapshot.take(database));
        return cases.stream().map(badInput -> DynamicTest.dynamicTest(badInput.toString(), () -> {
            try {
                latest.set(run(badInput, latest.get(), database));
            } catch (AssertionError failed) {
                // the next case compares with the database as this one left it, so one failure stays one failure
                latest.set(DatabaseSnapshot.take(database));
                throw failed;
            }
        }));
    }

    /**
     * Sends one case and checks the answer and that the database is as it was before; answers the database's state
     * after, which is the state before the next case.
     */
    public static DatabaseSnapshot run(BadInputCase badInput, DatabaseSnapshot before, DataSource database) {
        Response response = send(badInput);
        DatabaseSnapshot after = DatabaseSnapshot.take(database);
        assertRejectedNaming(badInput, response);
        assertThat(after.differencesFrom(before)).as("%s changed the database", badInput).isEmpty();
        return after;
    }

    public static Response send(BadInputCase badInput) {
        RequestSpecification request = RestAssured.given().config(EXACT_CONTENT_TYPE).accept("application/json")
                .queryParams(badInput.query());
        ResponseValidation.ofServiceUnderTest().ifPresent(request::filter);
        if (badInput.role() != null) {
            request.auth().oauth2(Tokens.token(badInput.role()));
        }
        if (badInput.contentType() != null) {
            request.contentType(badInput.contentType());
        }
        if (badInput.body() != null) {
            request.body(badInput.body());
        }
        return request.request(badInput.method(), badInput.path());
    }

    public static void assertRejectedNaming(BadInputCase badInput, Response response) {
        String body = response.asString();
        String shown = body.length() > 600 ? body.substring(0, 600) + "..." : body;
        assertThat(response.statusCode()).as("%s answered %s", badInput, shown).isBetween(400, 499);
        assertThat(response.contentType()).as("%s answered %s %s", badInput, response.statusCode(), shown)
                .startsWith("application/problem+json");
        List<String> fields = JsonPath.from(body).getList("violations.field", String.class);
        assertThat(Objects.requireNonNullElse(fields, List.<String>of()))
                .as("%s answered %s %s", badInput, response.statusCode(), shown).contains(badInput.field());
    }

    /** Waits until background work (consumers of earlier tests' events) no longer changes the database. */
    private static void awaitQuiet(DataSource database) {
        long deadline = System.nanoTime() + MAX_SETTLING.toNanos();
        DatabaseSnapshot previous = DatabaseSnapshot.take(database);
        while (System.nanoTime() < deadline) {
            sleep(QUIET);
            DatabaseSnapshot current = DatabaseSnapshot.take(database);
            if (current.differencesFrom(previous).isEmpty()) {
                return;
            }
            previous = current;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
