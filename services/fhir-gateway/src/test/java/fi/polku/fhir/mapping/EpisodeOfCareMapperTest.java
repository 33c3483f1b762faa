package fi.polku.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.junit.jupiter.api.Test;

import fi.polku.client.caseowner.model.CaseOwnerView;
import fi.polku.client.caseowner.model.ClientStage;
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
                .clientshipOpen(true).clientshipStartedAt(OffsetDateTime.parse("2026-01-20T10:00:00Z"))
                .segment(CaseOwnerView.SegmentEnum.WORK_ABILITY_TEAM_ASSESSMENT).stage(ClientStage.IN_COACHING)
                .assignedAt(OffsetDateTime.parse("2026-02-01T08:30:00Z"))
                .caseOwner(new CaseOwnerViewCaseOwner().id(owner).name("Oona Omatyöntekijä")));

        assertThat(FhirValidation.errors(episode)).isEmpty();
        assertThat(episode.getStatus()).isEqualTo(EpisodeOfCareStatus.ACTIVE);
        assertThat(episode.getPatient().getReference()).isEqualTo("Patient/" + client);
        assertThat(episode.getTeamFirstRep().getReference()).isEqualTo("CareTeam/" + client);
        assertThat(episode.getCareManager().getIdentifier().getValue()).isEqualTo("urn:uuid:" + owner);
        assertThat(episode.getCareManager().getDisplay()).isEqualTo("Oona Omatyöntekijä");
        assertThat(episode.getPeriod().getStartElement().getValueAsString()).as("the clientship's start")
                .startsWith("2026-01-20T10:00:00");
        assertThat(episode.getPeriod().hasEnd()).isFalse();
        assertThat(episode.getType()).extracting(type -> type.getCodingFirstRep().getSystem() + "|"
                + type.getCodingFirstRep().getCode()).containsExactly(
                        "https://polku.example.fi/fhir/CodeSystem/segment|WORK_ABILITY_TEAM_ASSESSMENT",
                        "https://polku.example.fi/fhir/CodeSystem/client-stage|IN_COACHING");
    }

    @Test
    void theUnassignedQueueIsAWaitlistAndAClosedClientshipIsFinished() {
        UUID client = UUID.randomUUID();
        EpisodeOfCare queued = mapper.toEpisodeOfCare(new CaseOwnerView().clientId(client).status(Status.UNASSIGNED)
                .clientshipOpen(true).unassignedSince(OffsetDateTime.parse("2026-02-01T08:30:00Z")));
        EpisodeOfCare closed = mapper.toEpisodeOfCare(new CaseOwnerView().clientId(client).status(Status.UNASSIGNED)
                .clientshipOpen(false).clientshipStartedAt(OffsetDateTime.parse("2026-01-20T10:00:00Z"))
                .closedAt(OffsetDateTime.parse("2026-05-04T12:00:00Z")).stage(ClientStage.CLOSED));

        assertThat(FhirValidation.errors(queued)).isEmpty();
        assertThat(queued.getStatus()).isEqualTo(EpisodeOfCareStatus.WAITLIST);
        assertThat(queued.hasCareManager()).isFalse();
        assertThat(FhirValidation.errors(closed)).isEmpty();
        assertThat(closed.getStatus()).isEqualTo(EpisodeOfCareStatus.FINISHED);
        assertThat(closed.getPeriod().getEndElement().getValueAsString()).as("the closure")
                .startsWith("2026-05-04T12:00:00");
    }
}
