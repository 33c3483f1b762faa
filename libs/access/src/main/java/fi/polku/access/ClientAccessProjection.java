package fi.polku.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import fi.polku.platform.events.CloudEvent;
import fi.polku.platform.messaging.EventConsumer;
import fi.polku.platform.messaging.EventHandlers;

/**
 * Learns who may see which client from the events of the services: case owners and care network members from the
 * case-owner service, assessing teams from the assessment service, consents and merges of duplicate clients from
 * intake, and emergency accesses from any service. Each event is applied once per service, whether it arrives from
 * the topic or, in the service that produced it, through {@link AccessFacts} in the producing transaction (so its own
 * change takes effect at once).
 */
@ApplicationScoped
public class ClientAccessProjection {

    public static final String CONSUMER = "client-access";
    /** Counts the events of the services that do not concern access, by type. */
    public static final String SKIPPED_METRIC = "polku.access.events.skipped";
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final List<String> SERVICES_GRANTING_EMERGENCY_ACCESS = List.of("intake", "case-owner",
            "assessment", "coaching");

    private final CareRelationships relationships;
    private final ConsentCoverage consents;
    private final EmergencyAccesses emergencyAccesses;
    private final ClientAccessConfig config;
    private final StaffGrantees staff;
    private final EventHandlers handlers;

    public ClientAccessProjection(EventConsumer consumer, CareRelationships relationships, ConsentCoverage consents,
            EmergencyAccesses emergencyAccesses, ClientAccessConfig config, StaffGrantees staff) {
        this.relationships = relationships;
        this.consents = consents;
        this.emergencyAccesses = emergencyAccesses;
        this.config = config;
        this.staff = staff;
        this.handlers = consumer.handlers(CONSUMER, SKIPPED_METRIC)
                .on("fi.polku.case-owner.CaseOwnerAssigned.v1", JsonNode.class, data -> caseOwner(data,
                        "professionalId", "professionalUserId", "assignedAt"))
                .on("fi.polku.case-owner.CaseOwnerChanged.v1", JsonNode.class, data -> caseOwner(data,
                        "toProfessionalId", "toProfessionalUserId", "changedAt"))
                .on("fi.polku.case-owner.CaseOwnerChanged.v2", JsonNode.class, data -> caseOwner(data,
                        "toProfessionalId", "toProfessionalUserId", "changedAt"))
                .on("fi.polku.case-owner.CareNetworkChanged.v1", JsonNode.class, this::careNetwork)
                .on("fi.polku.assessment.AssessmentScheduled.v1", JsonNode.class, this::assessingTeam)
                .on("fi.polku.assessment.AssessmentCancelled.v1", JsonNode.class, data -> relationships.end(
                        client(data), RelationshipKind.ASSESSMENT_TEAM, data.path("assessmentId").asText(),
                        instant(data, "cancelledAt"), instant(data, "cancelledAt")))
                .on("fi.polku.assessment.AssessmentConcluded.v1", JsonNode.class, data -> relationships.end(
                        client(data), RelationshipKind.ASSESSMENT_TEAM, data.path("assessmentId").asText(),
                        instant(data, "concludedAt").plus(config.teamAccessAfterConclusion()),
                        instant(data, "concludedAt")))
                .on("fi.polku.intake.ConsentGranted.v1", JsonNode.class, this::consentGranted)
                .on("fi.polku.intake.ConsentWithdrawn.v1", JsonNode.class, data -> consents.withdrawn(
                        UUID.fromString(data.path("consentId").asText()), organisations(data.path("parties")),
                        withdrawalInstant(data)))
                .on("fi.polku.intake.ClientsMerged.v1", JsonNode.class, this::merged);
        SERVICES_GRANTING_EMERGENCY_ACCESS.forEach(service -> handlers.on(
                "fi.polku." + service + ".EmergencyAccessGranted.v1", JsonNode.class,
                data -> emergencyAccesses.remember(client(data), data)));
    }

    /** Applies an access event in the caller's transaction unless it has been applied already. */
    public void applyOnce(CloudEvent event) {
        handlers.handleOnce(event);
    }

    /** Applies one record of the services' topics, once per event id; other events are skipped. */
    public void consume(String record) {
        handlers.consume(record);
    }

    private void caseOwner(JsonNode data, String professionalField, String userField, String atField) {
        UUID client = client(data);
        String professionalId = data.path(professionalField).asText();
        String userId = text(data, userField);
        OffsetDateTime at = instant(data, atField);
        relationships.endAllBut(client, RelationshipKind.CASE_OWNER, professionalId, at);
        if (userId != null) {
            relationships.open(client, staff.user(userId), RelationshipKind.CASE_OWNER, professionalId, at, null, at);
        }
    }

    private void consentGranted(JsonNode data) {
        for (JsonNode party : data.path("parties")) {
            consents.granted(UUID.fromString(data.path("consentId").asText()), client(data),
                    party.path("organisation").asText(), data.path("purpose").asText(),
                    LocalDate.parse(data.path("validFrom").asText()), date(data, "validUntil"));
        }
    }

    private void merged(JsonNode data) {
        UUID merged = UUID.fromString(data.path("mergedClientId").asText());
        relationships.merge(merged, client(data));
        consents.merge(merged, client(data));
    }

    private void careNetwork(JsonNode data) {
        UUID client = client(data);
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

    private void assessingTeam(JsonNode data) {
        UUID client = client(data);
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

    private static UUID client(JsonNode data) {
        return UUID.fromString(data.path("clientId").asText());
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
