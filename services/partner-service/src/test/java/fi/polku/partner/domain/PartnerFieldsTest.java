package fi.polku.partner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fi.polku.platform.events.EventType;
import fi.polku.testkit.ProjectFiles;

class PartnerFieldsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void onlyTheListedFieldsOfAnEventReachAPartner() throws Exception {
        ObjectNode data = (ObjectNode) MAPPER.readTree("""
                {"clientId":"c","episodeId":"e","jobId":"j","providerId":"p","kind":"EMPLOYMENT",
                 "endDate":"2026-11-30","reason":"Työnantaja lopetti koeajalla"}""");
        assertThat(PartnerFields.allowedData("fi.polku.coaching.JobEnded.v1", data).properties())
                .extracting(java.util.Map.Entry::getKey)
                .containsExactly("clientId", "episodeId", "jobId", "providerId", "kind", "endDate");
        assertThat(data.has("reason")).isTrue();
    }

    @Test
    void everySubscribableTypeIsAPublishedEventTypeAndEachAllowedFieldIsInItsSchema() throws Exception {
        for (String type : PartnerFields.types()) {
            EventType parsed = EventType.parse(type);
            Path schema = ProjectFiles.resolve("api-specs/events/schemas/" + parsed.name() + ".v" + parsed.version()
                    + ".json");
            assertThat(schema).as(type).exists();
            JsonNode properties = MAPPER.readTree(Files.readString(schema)).path("properties");
            assertThat(PartnerFields.fields(type)).as(type).allMatch(properties::has);
        }
    }

    @Test
    void typesOutsideTheListAreRefused() {
        assertThat(PartnerFields.isSubscribable("fi.polku.intake.ClientRegistered.v1")).isFalse();
        assertThatThrownBy(() -> PartnerFields.allowedData("fi.polku.intake.ClientRegistered.v1",
                MAPPER.createObjectNode())).isInstanceOf(IllegalArgumentException.class);
    }
}
