package fi.polku.fhir.mapping;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A referral as the gateway serves it, from whichever service holds it: to the work-ability team (intake's team
 * booking, or the case owner's referral in assessment) or to coaching (coaching's referral to a provider, or an
 * episode referred directly, which starts as a waiting referral).
 *
 * @param id the logical id of its ServiceRequest and Task
 * @param receiver the team or provider it is addressed to, null while none is named
 * @param businessStatus the receiving service's own status code, e.g. assessment's SCHEDULED
 * @param statusReason the receiver's code for why it declined, null otherwise
 */
public record Referral(String id, Kind kind, UUID clientId, OffsetDateTime requestedAt, OffsetDateTime plannedAt,
        UUID receiver, ReferralStatus status, String businessStatus, String statusReason, OffsetDateTime startedAt,
        OffsetDateTime endedAt, OffsetDateTime changedAt) {

    /** What is asked for, with the service-type code it carries. */
    public enum Kind {
        TEAM_ASSESSMENT("WORK_ABILITY_TEAM_ASSESSMENT"),
        COACHING("SUPPORTED_EMPLOYMENT_COACHING");

        private final String serviceType;

        Kind(String serviceType) {
            this.serviceType = serviceType;
        }

        public String serviceType() {
            return serviceType;
        }
    }
}
