package fi.polku.platform.problem;

import java.util.List;
import java.util.Map;

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
 * Answers request headers larger than {@code polku.http.max-header-size} with a 431 problem+json. The HTTP
 * decoder's own limit ({@code quarkus.http.limits.max-header-size}, set well above this one) answers before any
 * handler runs and with an empty body, so the platform's limit is the one a client meets.
 */
@ApplicationScoped
public class HeadersTooLarge {

    private static final int FIRST_OF_ALL = -4;
    /** A header line's separator (": ") and line end (CRLF). */
    private static final int LINE_OVERHEAD = 4;

    private final long limit;
    private final String problem;

    public HeadersTooLarge(@ConfigProperty(name = "polku.http.max-header-size") MemorySize limit,
            ObjectMapper json) throws JsonProcessingException {
        this.limit = limit.asLongValue();
        this.problem = json.writeValueAsString(new Problem(Problem.typeUri("request-header-fields-too-large"),
                "Request header fields too large", 431, "The request's headers are larger than the limit of "
                        + this.limit + " bytes", null, List.of(), null));
    }

    void install(@Observes Router router) {
        router.route().order(FIRST_OF_ALL).handler(this::refuseOversizedHeaders);
    }

    private void refuseOversizedHeaders(RoutingContext context) {
        long size = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            size += header.getKey().length() + header.getValue().length() + LINE_OVERHEAD;
        }
        if (size > limit) {
            context.response().setStatusCode(431)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(problem);
            return;
        }
        context.next();
    }
}
