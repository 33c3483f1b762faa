package fi.polku.partner.rest;

/** Texts shared by the OpenAPI annotations of the partner resources. */
final class ApiDocs {

    static final String ETAG = "The resource's version, for If-Match on the next change";
    static final String PAGE = "One page of the list; follow `next` for the following page";
    static final String OWN_ORGANISATION = " Only a coordinator of the subscription's organisation (the token's org"
            + " claim) may do this; anyone else gets 403.";

    private ApiDocs() {
    }
}
