package fi.polku.reporting.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.messaging.EventConsumer;
import fi.polku.reporting.domain.ClientFlow;
import fi.polku.reporting.repository.ClientFlowRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;

/**
 * Projects every domain event into the reporting tables. Events of a type it does not know (a newer version,
 * a new type) are skipped and counted, never a reason to stop.
 */
@ApplicationScoped
public class EventProjector {

    private final EventConsumer consumer;
    private final ClientFlowRepository flows;
    private final MeterRegistry registry;

    public EventProjector(EventConsumer consumer, ClientFlowRepository flows, MeterRegistry registry) {
        this.consumer = consumer;
        this.flows = flows;
        this.registry = registry;
    }

    @Incoming("polku-events")
    @Blocking
    public void onEvent(String record) {
        consumer.consume("reporting.projections", record, this::project);
    }

    void project(CloudEvent event) {
        JsonNode data = event.data();
        UUID clientId = UUID.fromString(event.subject());
        switch (event.type()) {
            case "fi.polku.intake.ClientRegistered.v1" -> {
                ClientFlow flow = flows.forClient(clientId);
                flow.municipalityCode = data.path("municipalityCode").asText();
                flow.ageBand = data.path("ageBand").asText();
                flow.registeredAt = OffsetDateTime.parse(data.path("registeredAt").asText());
            }
            case "fi.polku.case-owner.CaseOwnerAssigned.v1" -> {
                ClientFlow flow = flows.forClient(clientId);
                if (flow.caseOwnerAssignedAt == null) {
                    flow.caseOwnerAssignedAt = OffsetDateTime.parse(data.path("assignedAt").asText());
                }
            }
            case "fi.polku.case-owner.CaseOwnerUnavailable.v1" ->
                flows.forClient(clientId).caseOwnerUnavailableAt = OffsetDateTime.parse(data.path("since").asText());
            default -> registry.counter("polku.reporting.events.skipped", "type", event.type()).increment();
        }
    }
}
