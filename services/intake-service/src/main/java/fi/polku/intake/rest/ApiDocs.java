package fi.polku.intake.rest;

/** Texts shared by the OpenAPI annotations of intake's resources. */
final class ApiDocs {

    static final String LOCATION = "Location";
    static final String LOCATION_DESCRIPTION = "The created resource";
    static final String ETAG = "ETag";
    static final String ETAG_DESCRIPTION = "The version of the client, for If-Match on an update";
    static final String REPLAYED = "Idempotent-Replayed";
    static final String REPLAYED_DESCRIPTION = "`true` when this is the stored response of an earlier request with the"
            + " same Idempotency-Key (nothing new was created)";
    static final String IDEMPOTENCY_REUSED = "The Idempotency-Key was already used for another request body";
    static final String PAGED = " Paged: `limit` and `cursor`, the next page's cursor in `next`.";

    private ApiDocs() {
    }
}
