package fi.polku.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.junit.jupiter.api.Test;

import fi.polku.client.intake.model.AccessLogEntry;
import fi.polku.testkit.fhir.FhirValidation;

class AuditEventMapperTest {

    private final AuditEventMapper mapper = new AuditEventMapper();

    @Test
    void anAllowedDisclosureNamesWhoWhatWhenWhyTheBasisAndTheRecipient() {
        UUID client = UUID.randomUUID();
        AccessLogEntry entry = entry("ALLOWED", "read client details").basis("CONSENT").disclosedTo("1234567-8");
        AuditEvent event = mapper.toAuditEvent(client, entry);

        assertThat(FhirValidation.errors(event)).isEmpty();
        assertThat(event.getIdElement().getIdPart()).as("client and entry, as intake finds an entry")
                .isEqualTo(new UuidPair(client, entry.getId()).id());
        assertThat(event.getOutcome()).isEqualTo(AuditEventOutcome._0);
        assertThat(event.getAction()).isEqualTo(AuditEventAction.R);
        assertThat(event.getRecordedElement().getValueAsString()).startsWith("2026-04-01T10:15:30");
        assertThat(event.getAgentFirstRep().getRequestor()).isTrue();
        assertThat(event.getAgentFirstRep().getWho().getIdentifier().getValue()).isEqualTo("subject-1");
        assertThat(event.getAgent()).anyMatch(agent -> "IRCP".equals(agent.getType().getCodingFirstRep().getCode())
                && "1234567-8".equals(agent.getWho().getIdentifier().getValue()));
        assertThat(event.getEntityFirstRep().getWhat().getReference()).isEqualTo("Patient/" + client);
        assertThat(event.getEntityFirstRep().getDetailFirstRep().getValueStringType().getValue()).isEqualTo("CONSENT");
        assertThat(event.getPurposeOfEventFirstRep().getText()).isEqualTo("service coordination");
        assertThat(event.getSource().getSite()).isEqualTo("intake");
    }

    @Test
    void aRefusalIsAFailureWithoutBasis() {
        AuditEvent event = mapper.toAuditEvent(UUID.randomUUID(), entry("DENIED", "record a consent"));

        assertThat(FhirValidation.errors(event)).isEmpty();
        assertThat(event.getOutcome()).isEqualTo(AuditEventOutcome._4);
        assertThat(event.getAction()).isEqualTo(AuditEventAction.C);
        assertThat(event.getEntityFirstRep().hasDetail()).isFalse();
    }

    @Test
    void theKindOfAccessFollowsTheLogsWording() {
        assertThat(AuditEventMapper.action("update client details")).isEqualTo(AuditEventAction.U);
        assertThat(AuditEventMapper.action("list in the intake queue")).isEqualTo(AuditEventAction.R);
        assertThat(AuditEventMapper.action("register client")).isEqualTo(AuditEventAction.C);
    }

    private static AccessLogEntry entry(String outcome, String action) {
        return new AccessLogEntry().id(UUID.randomUUID()).occurredAt(OffsetDateTime.parse("2026-04-01T10:15:30Z"))
                .service("intake").actorName("Oona Omatyöntekijä").actorSubject("subject-1").actorRoles("case-owner")
                .actorOrganisation("hyvinvointialue-dev").action(action).purpose("service coordination")
                .outcome(outcome).olderThanTwoYears(false);
    }
}
