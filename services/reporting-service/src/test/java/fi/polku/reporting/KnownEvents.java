package fi.polku.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.polku.platform.events.Topics;
import fi.polku.testkit.EventPublisher;

/**
 * Builds and publishes a set of events as the producing services would, with the data fields of the catalogue; a name
 * may end in its version ({@code CaseOwnerChanged.v2}), otherwise it is v1.
 */
public final class KnownEvents {

    private record Event(String topic, String service, String name, UUID subject, Map<String, Object> data) {
    }

    private final List<Event> events = new ArrayList<>();

    public static Map<String, Object> data(Object... namesAndValues) {
        Map<String, Object> data = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            data.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return data;
    }

    public KnownEvents intake(String name, UUID client, Object... fields) {
        return add(Topics.INTAKE, "intake", name, client, fields);
    }

    public KnownEvents caseOwner(String name, UUID client, Object... fields) {
        return add(Topics.CASE_OWNER, "case-owner", name, client, fields);
    }

    public KnownEvents assessment(String name, UUID client, Object... fields) {
        return add(Topics.ASSESSMENT, "assessment", name, client, fields);
    }

    public KnownEvents coaching(String name, UUID client, Object... fields) {
        return add(Topics.COACHING, "coaching", name, client, fields);
    }

    private KnownEvents add(String topic, String service, String name, UUID subject, Object... fields) {
        Map<String, Object> data = data(fields);
        if (!name.startsWith("FidelityReviewRecorded")) {
            data.put("clientId", subject.toString());
        }
        events.add(new Event(topic, service, name, subject, data));
        return this;
    }

    public KnownEvents registered(UUID client, String municipality, String registeredAt) {
        return intake("ClientRegistered", client, "municipalityCode", municipality, "ageBand", "30-34",
                "preferredLanguage", "fi", "temporaryIdentityCode", false, "registeredAt", registeredAt);
    }

    public KnownEvents ownerAssigned(UUID client, String assignedAt) {
        return caseOwner("CaseOwnerAssigned", client, "professionalId", UUID.randomUUID().toString(),
                "professionalUserId", "worker", "professionalRole", "SOCIAL_WELFARE_OWN_WORKER",
                "organisation", "hyvinvointialue-dev", "rule", "MUNICIPALITY", "assignedAt", assignedAt);
    }

    public KnownEvents coachingStarted(UUID client, String episodeId, String providerId, String startedAt) {
        return coaching("CoachingStarted", client, "episodeId", episodeId, "providerId", providerId,
                "providerOrganisation", "2345678-0", "coachId", "coach-1", "startedAt", startedAt);
    }

    public int size() {
        return events.size();
    }

    public void publish(String bootstrapServers) {
        try (EventPublisher publisher = new EventPublisher(bootstrapServers)) {
            events.forEach(e -> {
                String[] nameAndVersion = e.name().split("\\.v");
                publisher.publish(e.topic(), e.service(), nameAndVersion[0],
                        nameAndVersion.length > 1 ? Integer.parseInt(nameAndVersion[1]) : 1, e.subject(), e.data());
            });
        }
    }
}
