package fi.polku.intake.rest;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import fi.polku.testkit.badinput.ApiOperation;
import fi.polku.testkit.badinput.BadInputCase;

/**
 * Gives each generated bad-input case a role its operation allows, from the resources' {@code @RolesAllowed}.
 * The generator takes the roles from the spec's security requirements, but an OpenAPI 3.0 document cannot hold
 * them there (the role list of an HTTP bearer requirement must be empty), so without this every case would be
 * refused with 401 before its input is checked.
 */
final class ResourceRoles {

    private ResourceRoles() {
    }

    static List<BadInputCase> withAllowedRoles(List<BadInputCase> cases, List<Class<?>> resources) {
        Map<String, List<String>> roles = rolesByOperation(resources);
        return cases.stream().map(badInput -> {
            ApiOperation operation = badInput.operation();
            if (!operation.roles().isEmpty()) {
                return badInput;
            }
            List<String> allowed = roles.get(operation.method().toUpperCase() + " " + operation.pathTemplate());
            if (allowed == null) {
                throw new IllegalStateException("No resource method serves " + operation);
            }
            ApiOperation withRoles = new ApiOperation(operation.method(), operation.pathTemplate(), allowed,
                    operation.parameters(), operation.bodySchema());
            return new BadInputCase(badInput.name(), withRoles, badInput.path(), badInput.query(),
                    badInput.contentType(), badInput.body(), badInput.field());
        }).toList();
    }

    private static Map<String, List<String>> rolesByOperation(List<Class<?>> resources) {
        Map<String, List<String>> roles = new HashMap<>();
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(Path.class).value();
            RolesAllowed classRoles = resource.getAnnotation(RolesAllowed.class);
            for (Method method : resource.getDeclaredMethods()) {
                String httpMethod = httpMethod(method);
                RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                        ? method.getAnnotation(RolesAllowed.class) : classRoles;
                if (httpMethod == null || allowed == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = sub == null ? base : base + (sub.value().startsWith("/") ? "" : "/") + sub.value();
                roles.putIfAbsent(httpMethod + " " + path, List.of(allowed.value()));
            }
        }
        return roles;
    }

    private static String httpMethod(Method method) {
        for (Class<? extends java.lang.annotation.Annotation> verb : List.of(GET.class, POST.class, PUT.class,
                DELETE.class, PATCH.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }
}
