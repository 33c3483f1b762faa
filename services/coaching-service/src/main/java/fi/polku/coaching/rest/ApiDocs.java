package fi.polku.coaching.rest;

/** Texts shared by the OpenAPI annotations of the coaching resources. */
final class ApiDocs {

    static final String ETAG = "The resource's version, for If-Match on the next change";
    static final String IDEMPOTENCY_REUSED = "The Idempotency-Key was already used for a different request body";
    static final String NOT_ACTIVE = "The episode is not active (waiting or ended)";
    static final String OWN_NAME = "Only by the episode's coach (their userId is the token's subject) or a provider"
            + " lead on the coach's behalf (403 otherwise: never under a colleague's name); who entered it is kept.";
    static final String PAGE = "One page of the list; follow `next` for the following page";

    private ApiDocs() {
    }
}
