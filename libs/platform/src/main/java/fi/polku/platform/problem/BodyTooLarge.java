package fi.polku.platform.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a body declared larger than {@code polku.http.max-body-size} with a 413 problem+json. The HTTP layer's own
 * check (route order -2, at a higher limit) would answer with an empty body, so this one runs just before it.
 */
@ApplicationScoped
public class BodyTooLarge {

    private static final int BEFORE_THE_HTTP_LAYERS_CHECK = -3;
    private static final int MAX_LONG_DIGITS = 18;

    private final long limit;
    private final String problem;

    public BodyTooLarge(@ConfigProperty(name = "polku.http.max-body-size") MemorySize limit,
            ObjectMapper json) throws JsonProcessingException {
        this.limit = limit.asLongValue();
        this.problem = json.writeValueAsString(new Problem(Problem.typeUri("payload-too-large"), "Payload too large",
                413, "The request body is larger than the limit of " + this.limit + " bytes", null,
                List.of(new Violation("$", "is larger than " + this.limit + " bytes")), null));
    }

    void install(@Observes Router router) {
        router.route().order(BEFORE_THE_HTTP_LAYERS_CHECK).handler(this::refuseOversizedBody);
    }

    private void refuseOversizedBody(RoutingContext context) {
        if (isOverLimit(context.request().getHeader(HttpHeaders.CONTENT_LENGTH))) {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(problem);
            return;
        }
        context.next();
    }

    private boolean isOverLimit(String contentLength) {
        if (contentLength == null || contentLength.isEmpty() || !contentLength.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return contentLength.length() > MAX_LONG_DIGITS || Long.parseLong(contentLength) > limit;
    }
}
