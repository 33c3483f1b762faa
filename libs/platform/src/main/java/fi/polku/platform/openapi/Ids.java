package fi.polku.platform.openapi;

/**
 * The spec's form of an id, for a nullable id property: it is inlined ({@code implementation = String.class}), as
 * the response validator does not take {@code nullable} beside an {@code allOf} reference, and so names the anchored
 * pattern itself. The shared {@code UUID} schema is set in {@code mp.openapi.schema.java.util.UUID}.
 */
public final class Ids {

    public static final String PATTERN = "^" + SchemaPatterns.UUID_PATTERN + "$";

    private Ids() {
    }
}
