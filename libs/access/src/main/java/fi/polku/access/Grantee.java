package fi.polku.access;

import fi.polku.platform.security.Caller;

/**
 * Whom a care relationship or an emergency access is for: a token's issuer, organisation ({@code org}) and subject
 * ({@code sub}) together. A token with the same subject from another organisation or issuer is someone else.
 */
public record Grantee(String issuer, String organisation, String subject) {

    public static Grantee of(Caller caller) {
        return new Grantee(caller.issuer(), caller.organisation(), caller.subject());
    }
}
