package fi.polku.intake.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import fi.polku.intake.domain.InvalidIdentityCodeException;
import fi.polku.intake.domain.PersonalIdentityCode;

/**
 * A personal identity code as the API takes it: exactly 11 characters that {@link PersonalIdentityCode} accepts.
 * Checked with the request's other fields, so that a bad code is named among all the invalid fields; the violation
 * says what is wrong, never the code. Null or blank is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = IdentityCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface IdentityCode {

    int LENGTH = 11;

    String message() default "is not a valid personal identity code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IdentityCode, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String problem = problem(value);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }

        /** What is wrong with the code, or null; the domain's reasons contain no braces to interpolate. */
        static String problem(String value) {
            if (value.length() != LENGTH) {
                return "must be 11 characters long (DDMMYYCZZZQ)";
            }
            try {
                PersonalIdentityCode.parse(value);
                return null;
            } catch (InvalidIdentityCodeException e) {
                return e.getMessage();
            }
        }
    }
}
