package fi.polku.testkit.demo;

import fi.polku.testkit.Tokens;

/**
 * Someone of the fictional demo county: a role, the organisation of the token ({@code org}), the login subject
 * ({@code sub}) and the name shown on the local sign-in page.
 */
public record DemoUser(String role, String organisation, String subject, String name) {

    public static DemoUser county(String role, String subject, String name) {
        return new DemoUser(role, Tokens.DEFAULT_ORGANISATION, subject, name);
    }

    public String token() {
        return Tokens.token(role, organisation, subject);
    }
}
