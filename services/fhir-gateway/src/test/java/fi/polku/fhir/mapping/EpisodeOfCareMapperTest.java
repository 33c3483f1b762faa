package fi.polku.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.junit.jupiter.api.Test;

import fi.polku.client.caseowner.model.CaseOwnerView;
import fi.polku.client.caseowner.model.CaseOwnerViewCaseOwner;
import fi.polku.client.caseowner.model.Status;
import fi.polku.testkit.fhir.FhirValidation;

class EpisodeOfCareMapperTest {

    private final EpisodeOfCareMapper mapper = new EpisodeOfCareMapper();

    @Test
    void anOwnedOpenClientshipIsAnActiveEpisodeManagedByTheCaseOwnerWithTheCareNetworkAsTeam() {
        UUID client = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        EpisodeOfCare episode = mapper.toEpisodeOfCare(new CaseOwnerView().clientId(client).status(Status.ASSIGNED)
                .clientshipOpen(true).assignedAt(OffsetDateTime.parse("2026-02-01T08:30:00Z"))
                .caseOwner(new CaseOwnerViewCaseOwner().id(owner).name("Oona Omatyöntekijä")));

        assertThat(FhirValidation.errors(episode)).isEmpty();
        assertThat(episode.getStatus()).isEqualTo(EpisodeOfCareStatus.ACTIVE);
        assertThat(episode.getPatient().getReference()).isEqualTo("Patient/" + client);
        assertThat(episode.getTeamFirstRep().getReference()).isEqualTo("CareTeam/" + client);
        assertThat(episode.getCareManager().getIdentifier().getValue()).isEqualTo("urn:uuid:" + owner);
        assertThat(episode.getCareManager().getDisplay()).isEqualTo("Oona Omatyöntekijä");
        assertThat(episode.getPeriod().getStartElement().getValueAsString()).startsWith("2026-02-01T08:30:00");
    }

    @Test
    void theUnassignedQueueIsAWaitlistAndAClosedClientshipIsFinished() {
        UUID client = UUID.randomUUID();
        EpisodeOfCare queued = mapper.toEpisodeOfCare(new CaseOwnerView().clientId(client).status(Status.UNASSIGNED)
                .clientshipOpen(true).unassignedSince(OffsetDateTime.parse("2026-02-01T08:30:00Z")));
        EpisodeOfCare closed = mapper.toEpisodeOfCare(new CaseOwnerView().clientId(client).status(Status.UNASSIGNED)
                .clientshipOpen(false));

        assertThat(FhirValidation.errors(queued)).isEmpty();
        assertThat(queued.getStatus()).isEqualTo(EpisodeOfCareStatus.WAITLIST);
        assertThat(queued.hasCareManager()).isFalse();
        assertThat(closed.getStatus()).isEqualTo(EpisodeOfCareStatus.FINISHED);
    }
}
