package fi.polku.platform.openapi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Names on every operation the roles that may call it, from its {@code @RolesAllowed} (method, else class):
 * as {@code x-polku-roles} for tools and tests, and in the description for people. OpenAPI 3.0 lets a bearer
 * security requirement list no roles, yet a caller must know which role a token needs. Operations are matched to
 * their Java methods by {@code operationId}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RolesDocumented implements OASFilter {

    public static final String EXTENSION = "x-polku-roles";
    private static final DotName OPERATION = DotName.createSimple(
            org.eclipse.microprofile.openapi.annotations.Operation.class.getName());
    private static final DotName ROLES_ALLOWED = DotName.createSimple("jakarta.annotation.security.RolesAllowed");

    private final Map<String, List<String>> rolesByOperationId;

    public RolesDocumented(IndexView index) {
        rolesByOperationId = index.getAnnotations(OPERATION).stream()
                .filter(operation -> operation.target().kind() == AnnotationTarget.Kind.METHOD)
                .filter(operation -> operation.value("operationId") != null)
                .collect(Collectors.toMap(operation -> operation.value("operationId").asString(),
                        operation -> roles(operation.target().asMethod()), (first, second) -> first));
    }

    private static List<String> roles(MethodInfo method) {
        AnnotationInstance roles = Optional.ofNullable(method.declaredAnnotation(ROLES_ALLOWED))
                .orElse(method.declaringClass().declaredAnnotation(ROLES_ALLOWED));
        return roles == null ? List.of() : Arrays.asList(roles.value().asStringArray());
    }

    @Override
    public Operation filterOperation(Operation operation) {
        List<String> roles = rolesByOperationId.getOrDefault(operation.getOperationId(), List.of());
        if (!roles.isEmpty()) {
            operation.addExtension(EXTENSION, roles);
            String named = "Roles: " + roles.stream().map(role -> "`" + role + "`").collect(Collectors.joining(", "))
                    + ".";
            operation.setDescription(operation.getDescription() == null ? named
                    : operation.getDescription() + "\n\n" + named);
        }
        return operation;
    }
}
