package fi.polku.caseowner.messaging;

import java.util.UUID;

/**
 * The part of intake's {@code ClientDetailsChanged} this service uses; under a non-disclosure order (turvakielto) no
 * municipality.
 */
public record ClientDetailsChanged(UUID clientId, String municipalityCode, boolean nonDisclosure) {
}
