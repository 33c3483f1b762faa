package fi.polku.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.CareTeam;
import org.junit.jupiter.api.Test;

import fi.polku.client.caseowner.model.NetworkMemberView;
import fi.polku.client.caseowner.model.NetworkRole;
import fi.polku.testkit.fhir.FhirValidation;

class CareTeamMapperTest {

    private final CareTeamMapper mapper = new CareTeamMapper();

    @Test
    void theCareNetworkIsOneTeamWhoseEndedMembershipsKeepTheirEnd() {
        UUID client = UUID.randomUUID();
        UUID coach = UUID.randomUUID();
        NetworkMemberView current = new NetworkMemberView().id(UUID.randomUUID()).clientId(client)
                .professionalId(coach).name("Kalle Valmentaja").role(NetworkRole.JOB_COACH)
                .organisation("Työhönvalmennus Oy").from(LocalDate.of(2026, 1, 10)).current(true);
        NetworkMemberView ended = new NetworkMemberView().id(UUID.randomUUID()).clientId(client)
                .name("Eeva Entinen").role(NetworkRole.OWN_WORKER).from(LocalDate.of(2025, 6, 1))
                .until(LocalDate.of(2025, 12, 31)).current(false);

        CareTeam team = mapper.toCareTeam(client, List.of(current, ended));

        assertThat(FhirValidation.errors(team)).isEmpty();
        assertThat(team.getIdElement().getIdPart()).isEqualTo(client.toString());
        assertThat(team.getSubject().getReference()).isEqualTo("Patient/" + client);
        assertThat(team.getParticipant()).hasSize(2);
        assertThat(team.getParticipant().get(0).getRoleFirstRep().getCodingFirstRep().getCode()).isEqualTo("JOB_COACH");
        assertThat(team.getParticipant().get(0).getMember().getIdentifier().getValue()).isEqualTo("urn:uuid:" + coach);
        assertThat(team.getParticipant().get(0).getOnBehalfOf().getDisplay()).isEqualTo("Työhönvalmennus Oy");
        assertThat(team.getParticipant().get(0).getPeriod().hasEnd()).isFalse();
        assertThat(team.getParticipant().get(1).getPeriod().getEndElement().getValueAsString()).isEqualTo("2025-12-31");
    }
}
