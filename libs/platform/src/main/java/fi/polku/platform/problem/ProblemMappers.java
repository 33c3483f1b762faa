package fi.polku.platform.problem;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import fi.polku.platform.DatabaseFailures;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;

/**
 * Turns every error into RFC 9457 problem+json. Messages name the field and what is expected, but never echo the
 * value sent: it may be a personal identity code. Unexpected errors get an error id that is logged, never a stack
 * trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A body of thousands of invalid items gets a bounded answer, not megabytes of violations. */
    static final int MAX_VIOLATIONS_SHOWN = 100;

    @ServerExceptionMapper
    public Response problem(ProblemException error, UriInfo uri) {
        Response problem = ProblemResponses.of(error.toProblem(path(uri)));
        if (error.retryAfter() == null) {
            return problem;
        }
        return Response.fromResponse(problem)
                .header("Retry-After", Math.max(1, error.retryAfter().toSeconds())).build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ResteasyReactiveViolationException error, UriInfo uri) {
        return violations(error, uri);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException error, UriInfo uri) {
        List<Violation> violations = error.getConstraintViolations().stream()
                .map(v -> new Violation(fieldName(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        if (violations.size() <= MAX_VIOLATIONS_SHOWN) {
            return ProblemResponses.of(400, "validation", "Invalid request",
                    "The request has " + violations.size() + " invalid field(s)", path(uri), violations);
        }
        return ProblemResponses.of(new Problem(Problem.typeUri("validation"), "Invalid request", 400,
                "The request has " + violations.size() + " invalid fields; the first " + MAX_VIOLATIONS_SHOWN
                        + " are listed", path(uri), violations.subList(0, MAX_VIOLATIONS_SHOWN),
                Map.of("violationsNotShown", violations.size() - MAX_VIOLATIONS_SHOWN)));
    }

    /** Replaces the built-in mapper of quarkus-rest-jackson for this type, which answers without problem+json. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException error, UriInfo uri) {
        return unreadableBody(error, uri);
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException error, UriInfo uri) {
        if (error instanceof JsonParseException parse && isDuplicateKey(parse)) {
            return invalidBody(parserPath(parse), "is given more than once", uri);
        }
        if (error instanceof InputCoercionException coercion) {
            return invalidBody(parserPath(coercion), "is out of range for " + article(typeName(coercion.getTargetType())),
                    uri);
        }
        if (error instanceof JsonParseException parse) {
            String where = parse.getLocation() == null ? "" : " (line " + parse.getLocation().getLineNr()
                    + ", column " + parse.getLocation().getColumnNr() + ")";
            return malformed("Malformed JSON", "The request body is not valid JSON" + where, "is not valid JSON", uri);
        }
        if (error instanceof StreamConstraintsException) {
            return malformed("Request body too complex", "The request body exceeds the allowed nesting depth or size",
                    "exceeds the allowed nesting depth or size", uri);
        }
        if (error instanceof UnrecognizedPropertyException unknown) {
            return invalidBody(jsonPath(unknown), "is not a known field", uri);
        }
        if (error instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            String message = target != null && target.isEnum()
                    ? "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                            .collect(Collectors.joining(", ", "[", "]"))
                    : "must be " + article(typeName(target));
            return invalidBody(jsonPath(invalid), message, uri);
        }
        if (error instanceof MismatchedInputException mismatched) {
            String field = jsonPath(mismatched);
            if ("$".equals(field) && mismatched.getTargetType() != null && mismatched.getMessage() != null
                    && mismatched.getMessage().contains("No content")) {
                return invalidBody(field, "a JSON request body is required", uri);
            }
            return invalidBody(field, mismatched.getTargetType() == null ? "has the wrong type"
                    : "must be " + article(typeName(mismatched.getTargetType())), uri);
        }
        if (error instanceof ListSizeLimit.TooManyItems tooMany) {
            return invalidBody(jsonPath(tooMany), "must have at most " + tooMany.max() + " items", uri);
        }
        if (error instanceof NulCharacterRefused.NulCharacter nul) {
            return invalidBody(jsonPath(nul), "must not contain the NUL character (\\u0000)", uri);
        }
        if (error instanceof ValueInstantiationException instantiation) {
            Throwable cause = instantiation.getCause();
            return invalidBody(jsonPath(instantiation), cause instanceof IllegalArgumentException
                    && cause.getMessage() != null ? cause.getMessage() : "is not valid", uri);
        }
        if (error instanceof JsonMappingException mapping) {
            return invalidBody(jsonPath(mapping), "is not valid", uri);
        }
        return malformed("Malformed JSON", "The request body could not be read", "is not valid JSON", uri);
    }

    @ServerExceptionMapper
    public Response bodyTooLarge(BodyLimit.TooLarge error, UriInfo uri) {
        return Response.fromResponse(ProblemResponses.of(413, "payload-too-large", "Payload too large",
                "The request body is larger than the limit of " + error.limit() + " bytes", path(uri),
                List.of(new Violation("$", "is larger than " + error.limit() + " bytes"))))
                .header("Connection", "close").build();
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException error, UriInfo uri) {
        return staleVersion(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException error, UriInfo uri) {
        return staleVersion(uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException error, UriInfo uri, ResourceInfo resource) {
        if (error.getCause() instanceof JsonProcessingException json) {
            return unreadableBody(json, uri);
        }
        int status = error.getResponse().getStatus();
        if (isParameterConversionFailure(error)) {
            Optional<Violation> unconvertible = ResourceParameters.unconvertible(resource, uri);
            if (unconvertible.isPresent()) {
                return ProblemResponses.of(400, "validation", "Invalid request", "The request has 1 invalid field(s)",
                        path(uri), List.of(unconvertible.get()));
            }
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "HTTP " + status : statusType.getReasonPhrase();
        String detail = switch (status) {
            case 401 -> "A valid bearer token is required";
            case 403 -> "Your role does not allow this operation";
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed on the resource";
            case 406 -> "The resource can answer application/json (and text/csv where documented)";
            case 415 -> "Send the request body as application/json";
            default -> title;
        };
        List<Violation> violations = status == 415
                ? List.of(new Violation("Content-Type", "must be application/json"))
                : List.of();
        Response.ResponseBuilder response = Response.fromResponse(ProblemResponses.of(status, slug(status), title,
                detail, path(uri), violations));
        copyHeader(error, response, "Allow");
        copyHeader(error, response, "WWW-Authenticate");
        return response.build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
        AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException error, UriInfo uri) {
        return Response.fromResponse(ProblemResponses.of(401, "unauthorized", "Unauthorized",
                "A valid bearer token is required", path(uri), List.of()))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException error, UriInfo uri) {
        return ProblemResponses.of(403, "forbidden", "Forbidden", "Your role does not allow this operation",
                path(uri), List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable error, UriInfo uri) {
        if (DatabaseFailures.isUnavailable(error)) {
            LOG.warnf("Database unavailable while serving %s %s", uri.getPath(), error.getClass().getSimpleName());
            return Response.fromResponse(ProblemResponses.of(503, "unavailable", "Service unavailable",
                    "The service cannot reach its database right now; nothing was changed. Retry shortly.",
                    path(uri), List.of())).header("Retry-After", "5").build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(error, "Unexpected error %s while serving %s", errorId, uri.getPath());
        return ProblemResponses.of(new Problem(Problem.typeUri("internal"), "Internal error", 500,
                "An unexpected error occurred; quote the error id when reporting it", path(uri), List.of(),
                Map.of("errorId", errorId)));
    }

    private static Response invalidBody(String field, String message, UriInfo uri) {
        return ProblemResponses.of(400, "validation", "Invalid request", "The request has 1 invalid field(s)",
                path(uri), List.of(new Violation(field, message)));
    }

    private static Response malformed(String title, String detail, String message, UriInfo uri) {
        return ProblemResponses.of(400, "malformed-json", title, detail, path(uri), List.of(new Violation("$", message)));
    }

    private static Response staleVersion(UriInfo uri) {
        return ProblemResponses.of(412, "precondition-failed", "Precondition failed",
                "The resource was changed by someone else; fetch it again and retry with its new ETag", path(uri),
                List.of());
    }

    /**
     * JAX-RS answers a path or query parameter it cannot convert (e.g. a malformed UUID) with a 404 caused by the
     * conversion error; a route that does not exist has no cause.
     */
    private static boolean isParameterConversionFailure(WebApplicationException error) {
        int status = error.getResponse().getStatus();
        return (status == 404 || status == 400) && error.getCause() != null
                && !(error.getCause() instanceof WebApplicationException);
    }

    private static boolean isDuplicateKey(JsonParseException error) {
        return error.getOriginalMessage() != null && error.getOriginalMessage().startsWith("Duplicate field");
    }

    /** Where the parser stood when it failed, e.g. {@code parties[0].name}. */
    static String parserPath(StreamReadException error) {
        JsonParser parser = error.getProcessor();
        if (parser == null) {
            return "$";
        }
        Deque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray()) {
                steps.addFirst("[" + Math.max(0, context.getCurrentIndex()) + "]");
            } else if (context.getCurrentName() != null) {
                steps.addFirst(context.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String step : steps) {
            if (!path.isEmpty() && !step.startsWith("[")) {
                path.append('.');
            }
            path.append(step);
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    static String jsonPath(JsonMappingException error) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : error.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    /** The JSON path of a violated field, e.g. {@code municipalities[0]}, {@code members[2].name}, {@code notes.key}. */
    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        String parameter = null;
        Path.MethodNode method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = requestName(violation.getRootBeanClass(), method, node.as(Path.ParameterNode.class));
                continue;
            }
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                // a map is a JSON object: its entries are named like fields, as Jackson names them
                path.append(path.isEmpty() ? "" : ".").append(node.getKey());
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(name);
            }
        }
        if (!path.isEmpty()) {
            return path.toString();
        }
        return parameter == null ? "$" : parameter;
    }

    /** A parameter's name as the client sends it: the query parameter's name, or {@code $} for the body. */
    private static String requestName(Class<?> resource, Path.MethodNode method, Path.ParameterNode parameter) {
        if (resource == null || method == null) {
            return parameter.getName();
        }
        Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                return ResourceParameters.requestName(type.getDeclaredMethod(method.getName(), types),
                        parameter.getParameterIndex());
            } catch (NoSuchMethodException e) {
                // declared further up
            }
        }
        return parameter.getName();
    }

    static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "UUID";
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "OffsetDateTime", "Instant" -> "date-time with a time zone (ISO 8601)";
            case "LocalTime" -> "time (HH:MM)";
            case "Integer", "int", "Long", "long", "Short", "short" -> "whole number";
            case "BigDecimal", "Double", "double" -> "number";
            case "Boolean", "boolean" -> "boolean";
            case "String" -> "string";
            default -> type.isEnum() || type.isRecord() || !type.getName().startsWith("java") ? "object" : "value";
        };
    }

    static String article(String typeName) {
        return (typeName.matches("^[aeiouAEIOU].*") ? "an " : "a ") + typeName;
    }

    private static String slug(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
    }

    private static void copyHeader(WebApplicationException error, Response.ResponseBuilder response, String name) {
        Object value = error.getResponse().getHeaders().getFirst(name);
        if (value != null) {
            response.header(name, value);
        }
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
