package fi.polku.platform.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses; the one place that sets the media type. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response of(int status, String slug, String title, String detail, String instance,
            List<Violation> violations) {
        return of(new Problem(Problem.typeUri(slug), title, status, detail, instance, violations, Map.of()));
    }
}
