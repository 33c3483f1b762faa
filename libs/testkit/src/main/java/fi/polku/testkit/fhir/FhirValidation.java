package fi.polku.testkit.fhir;

import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

/**
 * Validates FHIR resources against the R4 base specification with HAPI's instance validator, offline: the R4
 * structure definitions, value sets and code systems come from {@code hapi-fhir-validation-resources-r4}. Needs
 * {@code hapi-fhir-validation}, {@code hapi-fhir-validation-resources-r4} and {@code hapi-fhir-caching-caffeine} on the
 * test classpath (optional dependencies of the testkit).
 */
public final class FhirValidation {

    private static final FhirContext R4 = FhirContext.forR4Cached();
    private static volatile FhirValidator validator;

    private FhirValidation() {
    }

    /** The validator's errors and fatal errors for the resource, each with its location; empty when it is valid. */
    public static List<String> errors(IBaseResource resource) {
        return problems(validator().validateWithResult(resource).getMessages());
    }

    /** The same for a resource in its JSON form, as a client receives it. */
    public static List<String> errors(String json) {
        return problems(validator().validateWithResult(json).getMessages());
    }

    public static FhirContext context() {
        return R4;
    }

    private static List<String> problems(List<SingleValidationMessage> messages) {
        return messages.stream()
                .filter(message -> message.getSeverity() == ResultSeverityEnum.ERROR
                        || message.getSeverity() == ResultSeverityEnum.FATAL)
                .map(message -> message.getLocationString() + ": " + message.getMessage())
                .toList();
    }

    private static FhirValidator validator() {
        if (validator == null) {
            synchronized (FhirValidation.class) {
                if (validator == null) {
                    ValidationSupportChain support = new ValidationSupportChain(
                            new DefaultProfileValidationSupport(R4),
                            new CommonCodeSystemsTerminologyService(R4),
                            new InMemoryTerminologyServerValidationSupport(R4),
                            new SnapshotGeneratingValidationSupport(R4));
                    FhirValidator created = R4.newValidator();
                    created.registerValidatorModule(new FhirInstanceValidator(support));
                    validator = created;
                }
            }
        }
        return validator;
    }
}
