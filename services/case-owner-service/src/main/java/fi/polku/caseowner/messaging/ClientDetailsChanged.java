package fi.polku.caseowner.messaging;

import java.util.UUID;

/** The part of intake's {@code ClientDetailsChanged} this service uses. */
public record ClientDetailsChanged(UUID clientId, String municipalityCode) {
}
