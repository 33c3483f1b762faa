package fi.polku.caseowner.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Assessment's {@code CaseOwnerAgreed}: the case owner agreed in a conclusion, by professional id when named. */
public record CaseOwnerAgreed(UUID clientId, UUID assessmentId, UUID professionalId, OffsetDateTime agreedAt) {
}
