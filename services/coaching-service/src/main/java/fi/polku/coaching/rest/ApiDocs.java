package fi.polku.coaching.rest;

/** Texts shared by the OpenAPI annotations of the coaching resources. */
final class ApiDocs {

    static final String ETAG = "The resource's version, for If-Match on the next change";
    static final String LOCATION = "Where the created resource is read";
    static final String IDEMPOTENCY_REUSED = "The Idempotency-Key was already used for a different request body";
    static final String NOT_ACTIVE = "The episode is not active (waiting or ended)";
    static final String PAGE = "One page of the list; follow `next` for the following page";

    private ApiDocs() {
    }
}
