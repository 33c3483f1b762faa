package fi.polku.intake.rest;

import java.util.UUID;

/**
 * What an Idempotency-Key of a create under {@code /clients/{clientId}/...} guards: the body and the client, so
 * reusing a key for the same body about another client is refused instead of answered with the first client's
 * record.
 */
record ClientScopedRequest(UUID clientId, Object request) {
}
