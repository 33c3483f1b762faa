package fi.polku.intake.rest;

/** Texts shared by the OpenAPI annotations of intake's resources. */
final class ApiDocs {

    static final String ETAG = "ETag";
    static final String ETAG_DESCRIPTION = "The version of the client, for If-Match on an update";
    static final String PAGED = " Paged: `limit` and `cursor`, the next page's cursor in `next`.";

    private ApiDocs() {
    }
}
