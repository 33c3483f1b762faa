package fi.polku.testkit.contract;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.ConfigProvider;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import fi.polku.testkit.OpenApiContract;
import io.restassured.filter.Filter;

/**
 * Every response a REST test receives is checked against the service's committed spec: its status must be
 * documented for the operation, and its headers and body must match what is documented for that status. Requests
 * are not checked: the bad-input and access tests send what the spec forbids on purpose.
 */
public final class ResponseValidation {

    private static final Map<String, Filter> FILTERS = new ConcurrentHashMap<>();

    private ResponseValidation() {
    }

    /** The filter for {@code api-specs/<service>/openapi.yaml}. */
    public static Filter against(String service) {
        return FILTERS.computeIfAbsent(service, ResponseValidation::filter);
    }

    /** The filter for the service a {@code @QuarkusTest} runs ({@code polku.service}); none outside one. */
    public static Optional<Filter> ofServiceUnderTest() {
        try {
            return ConfigProvider.getConfig().getOptionalValue("polku.service", String.class)
                    .map(ResponseValidation::against);
        } catch (IllegalStateException noConfig) {
            return Optional.empty();
        }
    }

    private static Filter filter(String service) {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForSpecificationUrl(OpenApiContract.committedSpec(service).toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .withDefaultLevel(ValidationReport.Level.ERROR)
                        .build())
                .build();
        return new OpenApiValidationFilter(validator);
    }
}
