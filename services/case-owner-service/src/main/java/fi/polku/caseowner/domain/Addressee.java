package fi.polku.caseowner.domain;

import java.util.UUID;

/**
 * Whom a notification is for: a professional of the register (by id), or someone outside it by their organisation
 * (the token's {@code org}): one login of it (a provider's coach, by subject) or, with no user, its coordinators.
 */
public record Addressee(UUID professionalId, String organisation, String user) {

    public static Addressee professional(UUID professionalId) {
        return new Addressee(professionalId, null, null);
    }

    public static Addressee login(String organisation, String user) {
        return new Addressee(null, organisation, user);
    }

    public static Addressee coordinatorsOf(String organisation) {
        return new Addressee(null, organisation, null);
    }
}
