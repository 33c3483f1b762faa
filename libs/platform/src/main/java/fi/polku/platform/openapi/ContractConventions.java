package fi.polku.platform.openapi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.servers.Server;

import fi.polku.platform.idempotency.IdempotentCreate;
import fi.polku.platform.problem.Problem;

/**
 * Writes into every service's OpenAPI document what the platform does for every operation, so that the spec names
 * each status a caller can get: the problem+json errors of the platform's mappers (bad input, authentication,
 * access, unknown ids, content negotiation, body size, an unavailable database), the conditional-update headers
 * ({@code If-Match} required, 412 and 428), a created resource's {@code Location}, what an {@code Idempotency-Key}
 * adds (the replay header, 422 on a reused key) and the servers. Operation-specific statuses (409, 422, ...) are
 * declared on the resources; this filter only gives any error response without a body the shared {@code Problem}
 * body.
 */
public class ContractConventions implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String VIOLATION = "Violation";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
    private static final String IF_MATCH = "If-Match";
    private static final String LOCATION = "Location";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        addProblemSchemas(openAPI);
        addServers(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(path, method, item, operation)));
    }

    private void document(String path, PathItem.HttpMethod method, PathItem item, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        List<Parameter> parameters = parameters(item, operation);
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasInput = hasBody || !parameters.isEmpty();
        boolean conditional = parameters.stream().anyMatch(p -> IF_MATCH.equalsIgnoreCase(p.getName()));
        boolean answersContent = responses.getAPIResponses().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("2") && e.getValue().getContent() != null);

        if (hasInput) {
            error(responses, "400", "The request is invalid; `violations` names every invalid field or parameter");
        }
        if (operation.getSecurity() == null || !operation.getSecurity().isEmpty()) {
            error(responses, "401", "No valid bearer token");
            error(responses, "403", "The caller's role or access basis does not allow this; nothing else is told");
        }
        if (path.contains("{")) {
            error(responses, "404", "No such resource");
        }
        if (answersContent) {
            error(responses, "406", "The Accept header names no media type this operation answers with");
        }
        if (hasBody) {
            error(responses, "413", "The request body is larger than the service accepts");
            error(responses, "415", "The request body is not of a media type this operation accepts");
        }
        if (conditional) {
            requireIfMatch(parameters);
            error(responses, "412", "The If-Match ETag is not the current version; read the resource again");
            error(responses, "428", "If-Match is required: send the ETag of the version read");
        }
        documentLocation(responses.getAPIResponse("201"));
        List<Parameter> idempotencyKeys = parameters.stream()
                .filter(p -> IdempotentCreate.HEADER.equalsIgnoreCase(p.getName())).toList();
        if (!idempotencyKeys.isEmpty()) {
            idempotencyKeys.forEach(ContractConventions::describeIdempotencyKey);
            documentReplay(responses);
        }
        error(responses, "431", "The request's headers are larger than the service accepts");
        error(responses, "503", "A service this operation needs (its database) is unavailable; retry later");
        responses.getAPIResponses().forEach((status, response) -> {
            if (isError(status) && response.getContent() == null && response.getRef() == null) {
                response.setContent(problemContent());
            }
        });
    }

    private static List<Parameter> parameters(PathItem item, Operation operation) {
        List<Parameter> own = Optional.ofNullable(operation.getParameters()).orElse(List.of());
        List<Parameter> shared = Optional.ofNullable(item.getParameters()).orElse(List.of());
        return Stream.concat(shared.stream(), own.stream()).toList();
    }

    private static void requireIfMatch(List<Parameter> parameters) {
        parameters.stream().filter(p -> IF_MATCH.equalsIgnoreCase(p.getName())).forEach(p -> {
            p.setRequired(true);
            if (p.getDescription() == null) {
                p.setDescription("The ETag of the version the change is based on (from the last read)");
            }
        });
    }

    private static void describeIdempotencyKey(Parameter parameter) {
        if (parameter.getDescription() == null) {
            parameter.setDescription("A key of the caller's choosing (e.g. a UUID). A retry with the same key and body"
                    + " answers the first response again instead of creating a second resource; the same key with"
                    + " another body is a 422.");
        }
    }

    private static void documentLocation(APIResponse created) {
        if (created != null && !hasHeader(created, LOCATION)) {
            created.addHeader(LOCATION, OASFactory.createHeader().description("The created resource")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")));
        }
    }

    /** What {@link IdempotentCreate} answers besides the operation's own responses: a replay, a reused key. */
    private static void documentReplay(APIResponses responses) {
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && !hasHeader(response, IdempotentCreate.REPLAYED_HEADER)) {
                response.addHeader(IdempotentCreate.REPLAYED_HEADER, OASFactory.createHeader()
                        .description("`true` when this is the stored response of an earlier request with the same"
                                + " Idempotency-Key (nothing new was created)")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                .enumeration(List.of("true"))));
            }
        });
        error(responses, "422", "The Idempotency-Key was already used for another request body");
    }

    private static boolean hasHeader(APIResponse response, String name) {
        return response.getHeaders() != null && response.getHeaders().keySet().stream()
                .anyMatch(name::equalsIgnoreCase);
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static void error(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                    .content(problemContent()));
        }
    }

    static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static void addProblemSchemas(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema(VIOLATION, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One invalid field or parameter of a request")
                .addProperty("field", string("The JSON path of the field (`$` for the whole body), the query or"
                        + " path parameter's name, or a header's name"))
                .addProperty("message", string("What is wrong with it"))
                .required(List.of("field", "message")));
        components.addSchema(PROBLEM, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail. Extension members may follow (e.g. `errorId` on a 500,"
                        + " `existingClientId` on a duplicate registration); clients ignore the ones they do not know.")
                .addProperty("type", string("A URI naming the kind of problem").format("uri"))
                .addProperty("title", string("A short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", string("What went wrong with this request"))
                .addProperty("instance", string("The request path"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("The invalid fields or parameters; present on 400 and 422 when fields are"
                                + " to blame. At most 100 are listed; `violationsNotShown` counts the rest.")
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + VIOLATION)))
                .addProperty("violationsNotShown", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int32").minimum(BigDecimal.ONE)
                        .description("How many more invalid fields there are than `violations` lists"))
                .required(List.of("type", "title", "status"))
                .additionalPropertiesBoolean(Boolean.TRUE));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    private static void addServers(OpenAPI openAPI) {
        String localUrl = ConfigProvider.getConfig().getValue("polku.openapi.local-url", String.class);
        String service = ConfigProvider.getConfig().getOptionalValue("quarkus.application.name", String.class)
                .orElse("polku");
        Server local = OASFactory.createServer().url(localUrl)
                .description("The local stack (./polku up)");
        Server county = OASFactory.createServer().url("https://{host}")
                .description("A county's installation (deploy/)")
                .variables(Map.of("host", OASFactory.createServerVariable()
                        .defaultValue(service + ".polku.example.fi").description("The service's host at the county")));
        openAPI.setServers(List.of(local, county));
    }
}
