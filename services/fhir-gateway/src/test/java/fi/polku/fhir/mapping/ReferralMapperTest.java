package fi.polku.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fi.polku.testkit.fhir.FhirValidation;

/** A referral as a ServiceRequest and a Task based on it, in every status the referral pattern knows. */
class ReferralMapperTest {

    private final ReferralMapper mapper = new ReferralMapper();
    private final UUID client = UUID.randomUUID();

    @ParameterizedTest
    @EnumSource(ReferralStatus.class)
    void everyStatusGivesAValidOrderAndTask(ReferralStatus status) {
        Referral referral = coaching(status);
        ServiceRequest request = mapper.toServiceRequest(referral);
        Task task = mapper.toTask(referral);

        assertThat(FhirValidation.errors(request)).isEmpty();
        assertThat(FhirValidation.errors(task)).isEmpty();
        assertThat(task.getStatus()).isEqualTo(status.task());
        assertThat(request.getStatus()).isEqualTo(status.serviceRequest());
        assertThat(task.hasStatusReason()).as("why the receiver declined").isEqualTo(status == ReferralStatus.DECLINED);
    }

    @Test
    void theTaskIsBasedOnAndFocusedOnItsOrderAndOwnedByTheReceiver() {
        UUID team = UUID.randomUUID();
        Referral referral = new Referral(new UuidPair(client, UUID.randomUUID()).id(), Referral.Kind.TEAM_ASSESSMENT,
                client, OffsetDateTime.parse("2026-03-01T09:00:00Z"), OffsetDateTime.parse("2026-03-10T09:00:00Z"),
                team, ReferralStatus.ACCEPTED, "SCHEDULED", null, null, null,
                OffsetDateTime.parse("2026-03-01T09:00:00Z"));
        ServiceRequest request = mapper.toServiceRequest(referral);
        Task task = mapper.toTask(referral);

        assertThat(request.getStatus()).isEqualTo(ServiceRequestStatus.ACTIVE);
        assertThat(request.getCode().getCodingFirstRep().getCode()).isEqualTo("WORK_ABILITY_TEAM_ASSESSMENT");
        assertThat(request.getSubject().getReference()).isEqualTo("Patient/" + client);
        assertThat(task.getStatus()).isEqualTo(TaskStatus.ACCEPTED);
        assertThat(task.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo("SCHEDULED");
        assertThat(task.getBasedOnFirstRep().getReference()).isEqualTo("ServiceRequest/" + referral.id());
        assertThat(task.getFocus().getReference()).isEqualTo("ServiceRequest/" + referral.id());
        assertThat(task.getOwner().getIdentifier().getValue()).isEqualTo("urn:uuid:" + team);
        assertThat(referral.id()).hasSize(64);
    }

    private Referral coaching(ReferralStatus status) {
        boolean started = status == ReferralStatus.IN_PROGRESS || status == ReferralStatus.COMPLETED;
        return new Referral("coaching-" + UUID.randomUUID(), Referral.Kind.COACHING, client,
                OffsetDateTime.parse("2026-03-01T09:00:00Z"), null, UUID.randomUUID(), status, status.name(),
                status == ReferralStatus.DECLINED ? "NO_CAPACITY" : null,
                started ? OffsetDateTime.parse("2026-03-05T09:00:00Z") : null,
                status == ReferralStatus.COMPLETED ? OffsetDateTime.parse("2026-06-05T09:00:00Z") : null,
                OffsetDateTime.parse("2026-03-05T09:00:00Z"));
    }
}
