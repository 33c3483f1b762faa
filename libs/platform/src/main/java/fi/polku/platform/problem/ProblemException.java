package fi.polku.platform.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A request that cannot be served as asked; becomes a problem+json response with its status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Violation> violations;
    private final Map<String, Object> extensions;
    private Duration retryAfter;

    public ProblemException(int status, String slug, String title, String detail, List<Violation> violations,
            Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = List.copyOf(violations);
        this.extensions = Map.copyOf(extensions);
    }

    public static ProblemException invalidField(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(400, "validation", "Invalid request",
                "The request has " + violations.size() + " invalid field(s)", violations, Map.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", List.of(),
                Map.of());
    }

    public static ProblemException conflict(String detail, Map<String, Object> extensions) {
        return new ProblemException(409, "conflict", "Conflict", detail, List.of(), extensions);
    }

    public static ProblemException businessRule(String field, String detail) {
        return new ProblemException(422, "business-rule", "Business rule violated", detail,
                field == null ? List.of() : List.of(new Violation(field, detail)), Map.of());
    }

    public static ProblemException preconditionRequired(String header) {
        return new ProblemException(428, "precondition-required", "Precondition required",
                "Send the " + header + " header with the ETag of the version you are changing",
                List.of(new Violation(header, "is required")), Map.of());
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "precondition-failed", "Precondition failed", detail, List.of(), Map.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of(), Map.of());
    }

    /** 429: the caller sent more requests of a kind than allowed; {@code Retry-After} says when to try again. */
    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        ProblemException problem = new ProblemException(429, "too-many-requests", "Too many requests", detail,
                List.of(), Map.of());
        problem.retryAfter = retryAfter;
        return problem;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.typeUri(slug), title, status, getMessage(), instance, violations, extensions);
    }

    public int status() {
        return status;
    }

    /** When the caller may try again, for a 429; null otherwise. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
