package fi.polku.platform.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

/**
 * The request-facing names of a resource method's parameters: what a client calls a path, query or header parameter,
 * and {@code $} for the request body. Also finds which parameter the JAX-RS runtime could not convert, as it reports
 * that only as a 404 without the parameter's name.
 */
final class ResourceParameters {

    static final String BODY = "$";

    private ResourceParameters() {
    }

    /** The name a client knows the parameter by, or {@code $} when it carries the request body. */
    static String requestName(Method method, int index) {
        Parameter parameter = declaration(method).getParameters()[index];
        if (parameter.isAnnotationPresent(QueryParam.class)) {
            return parameter.getAnnotation(QueryParam.class).value();
        }
        if (parameter.isAnnotationPresent(PathParam.class)) {
            return parameter.getAnnotation(PathParam.class).value();
        }
        if (parameter.isAnnotationPresent(HeaderParam.class)) {
            return parameter.getAnnotation(HeaderParam.class).value();
        }
        return isRequestBody(parameter) ? BODY : parameter.getName();
    }

    /** The first path or query parameter whose value does not convert to the parameter's type, if any. */
    static Optional<Violation> unconvertible(ResourceInfo resource, UriInfo uri) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || uri == null) {
            return Optional.empty();
        }
        for (Parameter parameter : declaration(method).getParameters()) {
            Function<String, ?> converter = converter(parameter.getType());
            if (converter == null) {
                continue;
            }
            String name = null;
            List<String> values = List.of();
            if (parameter.isAnnotationPresent(PathParam.class)) {
                name = parameter.getAnnotation(PathParam.class).value();
                values = Optional.ofNullable(uri.getPathParameters().get(name)).orElse(List.of());
            } else if (parameter.isAnnotationPresent(QueryParam.class)) {
                name = parameter.getAnnotation(QueryParam.class).value();
                values = Optional.ofNullable(uri.getQueryParameters().get(name)).orElse(List.of());
            }
            for (String value : values) {
                if (!converts(converter, value)) {
                    return Optional.of(new Violation(name, "must be " + ProblemMappers.article(
                            ProblemMappers.typeName(parameter.getType()))));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean converts(Function<String, ?> converter, String value) {
        try {
            converter.apply(value);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Function<String, ?> converter(Class<?> type) {
        if (type == UUID.class) {
            return UUID::fromString;
        }
        if (type == LocalDate.class) {
            return LocalDate::parse;
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime::parse;
        }
        if (type == Instant.class) {
            return Instant::parse;
        }
        if (type == LocalTime.class) {
            return LocalTime::parse;
        }
        if (type == int.class || type == Integer.class) {
            return Integer::valueOf;
        }
        if (type == long.class || type == Long.class) {
            return Long::valueOf;
        }
        if (type == BigDecimal.class) {
            return BigDecimal::new;
        }
        if (type.isEnum()) {
            return value -> Enum.valueOf((Class<Enum>) type, value);
        }
        return null;
    }

    /** Annotations such as @PathParam sit on the resource class's method, not on a generated subclass's override. */
    private static Method declaration(Method method) {
        Method declared = method;
        for (Class<?> type = method.getDeclaringClass().getSuperclass(); type != null && type != Object.class;
                type = type.getSuperclass()) {
            try {
                declared = type.getDeclaredMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException e) {
                break;
            }
        }
        return declared;
    }

    private static boolean isRequestBody(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            String type = annotation.annotationType().getName();
            if (type.startsWith("jakarta.ws.rs.") || type.startsWith("org.jboss.resteasy.reactive.")) {
                return false;
            }
        }
        return true;
    }
}
