package fi.polku.intake.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import fi.polku.intake.domain.OrganisationRegister;

/**
 * An organisation identifier that {@link OrganisationRegister} accepts: a business ID with a valid check digit or a
 * code of the register. Checked with the request's other fields, so that it is named among all the invalid fields.
 * Null is left to {@code @NotBlank} where the field is required.
 */
@Documented
@Constraint(validatedBy = OrganisationId.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface OrganisationId {

    String message() default "is not an organisation identifier";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OrganisationId, String> {

        @Inject
        OrganisationRegister register;

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String problem = register.problem(value);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }
    }
}
