package fi.polku.platform.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.messaging.EventConsumer;
import fi.polku.platform.outbox.OutboxEventRecorded;

/**
 * Learns who may see which client from the events of the services: case owners and care network members from the
 * case-owner service, assessing teams from the assessment service, consents and merges of duplicate clients from
 * intake, and emergency accesses from any service. Each event is applied once per service, whether it arrives from
 * the topic or, in the service that produced it, from its own outbox in the producing transaction (so its own change
 * takes effect at once).
 */
@ApplicationScoped
public class ClientAccessProjection {

    public static final String CONSUMER = "client-access";
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final Set<String> TYPES = Set.of("CaseOwnerAssigned", "CaseOwnerChanged", "CareNetworkChanged",
            "AssessmentScheduled", "AssessmentCancelled", "AssessmentConcluded", "ConsentGranted",
            "ConsentWithdrawn", "EmergencyAccessGranted", "ClientsMerged");

    private final EventConsumer consumer;
    private final CareRelationships relationships;
    private final ConsentCoverage consents;
    private final EmergencyAccesses emergencyAccesses;
    private final ClientAccessConfig config;
    private final StaffGrantees staff;

    public ClientAccessProjection(EventConsumer consumer, CareRelationships relationships, ConsentCoverage consents,
            EmergencyAccesses emergencyAccesses, ClientAccessConfig config, StaffGrantees staff) {
        this.consumer = consumer;
        this.relationships = relationships;
        this.consents = consents;
        this.emergencyAccesses = emergencyAccesses;
        this.config = config;
        this.staff = staff;
    }

    void onOwnEvent(@Observes OutboxEventRecorded recorded) {
        applyOnce(recorded.event());
    }

    /** Applies the event in the caller's transaction unless it has been applied already. */
    public void applyOnce(CloudEvent event) {
        if (handles(event)) {
            consumer.handleOnce(CONSUMER, event, this::apply);
        }
    }

    boolean handles(CloudEvent event) {
        return TYPES.contains(event.simpleType());
    }

    void apply(CloudEvent event) {
        JsonNode data = event.data();
        UUID client = UUID.fromString(data.path("clientId").asText());
        switch (event.simpleType()) {
            case "CaseOwnerAssigned" -> caseOwner(client, data.path("professionalId").asText(),
                    text(data, "professionalUserId"), instant(data, "assignedAt"));
            case "CaseOwnerChanged" -> caseOwner(client, data.path("toProfessionalId").asText(),
                    text(data, "toProfessionalUserId"), instant(data, "changedAt"));
            case "CareNetworkChanged" -> careNetwork(client, data);
            case "AssessmentScheduled" -> assessingTeam(client, data);
            case "AssessmentCancelled" -> relationships.end(client, RelationshipKind.ASSESSMENT_TEAM,
                    data.path("assessmentId").asText(), instant(data, "cancelledAt"), instant(data, "cancelledAt"));
            case "AssessmentConcluded" -> relationships.end(client, RelationshipKind.ASSESSMENT_TEAM,
                    data.path("assessmentId").asText(),
                    instant(data, "concludedAt").plus(config.teamAccessAfterConclusion()),
                    instant(data, "concludedAt"));
            case "ConsentGranted" -> {
                for (JsonNode party : data.path("parties")) {
                    consents.granted(UUID.fromString(data.path("consentId").asText()), client,
                            party.path("organisation").asText(), data.path("purpose").asText(),
                            LocalDate.parse(data.path("validFrom").asText()), date(data, "validUntil"));
                }
            }
            case "ConsentWithdrawn" -> consents.withdrawn(UUID.fromString(data.path("consentId").asText()),
                    organisations(data.path("parties")), withdrawalInstant(data));
            case "EmergencyAccessGranted" -> emergencyAccesses.remember(client, data);
            case "ClientsMerged" -> {
                UUID merged = UUID.fromString(data.path("mergedClientId").asText());
                relationships.merge(merged, client);
                consents.merge(merged, client);
            }
            default -> throw new IllegalArgumentException("Not an access event: " + event.type());
        }
    }

    private void caseOwner(UUID client, String professionalId, String userId, OffsetDateTime at) {
        relationships.endAllBut(client, RelationshipKind.CASE_OWNER, professionalId, at);
        if (userId != null) {
            relationships.open(client, staff.user(userId), RelationshipKind.CASE_OWNER, professionalId, at, null, at);
        }
    }

    private void careNetwork(UUID client, JsonNode data) {
        JsonNode member = data.path("member");
        String memberId = member.path("memberId").asText();
        OffsetDateTime changedAt = instant(data, "changedAt");
        if ("ENDED".equals(data.path("change").asText())) {
            relationships.end(client, RelationshipKind.CARE_NETWORK, memberId, changedAt, changedAt);
            return;
        }
        String userId = text(member, "userId");
        if (userId != null) {
            LocalDate until = date(member, "until");
            relationships.open(client, staff.user(userId), RelationshipKind.CARE_NETWORK, memberId,
                    startOfDay(LocalDate.parse(member.path("from").asText())),
                    until == null ? null : startOfDay(until.plusDays(1)), changedAt);
        }
    }

    private void assessingTeam(UUID client, JsonNode data) {
        OffsetDateTime scheduledAt = instant(data, "scheduledAt");
        for (JsonNode userId : data.path("teamMemberUserIds")) {
            relationships.open(client, staff.user(userId.asText()), RelationshipKind.ASSESSMENT_TEAM,
                    data.path("assessmentId").asText(), scheduledAt, null, scheduledAt);
        }
    }

    /** A withdrawal takes effect from its stated day or instant, or at once when that is already past. */
    private static OffsetDateTime withdrawalInstant(JsonNode data) {
        OffsetDateTime at = instant(data, "withdrawnAt");
        String stated = text(data, "withdrawnFrom");
        if (stated == null) {
            return at;
        }
        OffsetDateTime from = stated.length() == 10 ? startOfDay(LocalDate.parse(stated)) : OffsetDateTime.parse(stated);
        return from.isBefore(at) ? at : from;
    }

    private static List<String> organisations(JsonNode parties) {
        List<String> organisations = new ArrayList<>();
        parties.forEach(party -> organisations.add(party.path("organisation").asText()));
        return organisations;
    }

    private static OffsetDateTime startOfDay(LocalDate day) {
        return day.atStartOfDay(FINLAND).toOffsetDateTime();
    }

    private static OffsetDateTime instant(JsonNode data, String field) {
        return OffsetDateTime.parse(data.path(field).asText());
    }

    private static LocalDate date(JsonNode data, String field) {
        String value = text(data, field);
        return value == null ? null : LocalDate.parse(value);
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.path(field);
        return value.isMissingNode() || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
