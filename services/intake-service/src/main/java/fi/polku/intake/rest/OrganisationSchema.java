package fi.polku.intake.rest;

/**
 * The request rule of an organisation identifier as {@code OrganisationIdentifier} enforces it: a business ID
 * (Y-tunnus) NNNNNNN-C, or a public body's code of lower-case letters, digits, '.', '_' and '-' that does not look
 * like a mistyped business ID. The pattern states the form; the service also checks the business ID's check digit
 * and that a code is in the organisation register.
 */
final class OrganisationSchema {

    static final String PATTERN = "^(?:\\d{7}-\\d|(?!\\d{6,8}-?\\d?$)[a-z0-9][a-z0-9._-]{1,99})$";
    static final String RULE = "a business ID (Y-tunnus) 1234567-8 whose check digit is valid, or a code of the "
            + "organisation register (`GET /api/v1/organisations`, e.g. hyvinvointialue-dev)";

    private OrganisationSchema() {
    }
}
