package fi.polku.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class CloudEventCodecTest {

    private final CloudEventCodec codec = new CloudEventCodec(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

    record Registered(UUID clientId, String municipalityCode) {
    }

    @Test
    void writesAndReadsTheEnvelopeWithTheClientIdAsSubject() {
        UUID client = UUID.randomUUID();
        CloudEvent event = codec.create("/polku/intake", EventType.of("intake", "ClientRegistered"), client,
                new Registered(client, "091"));
        CloudEvent read = codec.read(codec.write(event));
        assertThat(read.type()).isEqualTo("fi.polku.intake.ClientRegistered.v1");
        assertThat(read.subject()).isEqualTo(client.toString());
        assertThat(read.simpleType()).isEqualTo("ClientRegistered");
        assertThat(codec.data(read, Registered.class).municipalityCode()).isEqualTo("091");
        assertThat(read.dataschema()).isEqualTo("https://polku.fi/schemas/events/ClientRegistered.v1.json");
        assertThat(codec.write(event))
                .contains("\"dataschema\":\"https://polku.fi/schemas/events/ClientRegistered.v1.json\"");
    }

    @Test
    void readsEventsWithDataschemaAndExtensionAttributesAndOlderOnesWithout() {
        UUID client = UUID.randomUUID();
        String withExtensions = """
                {"specversion":"1.0","id":"1","source":"/polku/intake","type":"fi.polku.intake.ClientRegistered.v1",
                 "subject":"%s","time":"2026-01-01T00:00:00Z","datacontenttype":"application/json",
                 "dataschema":"https://polku.fi/schemas/events/ClientRegistered.v1.json",
                 "traceparent":"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01","partitionkey":"%s",
                 "data":{"clientId":"%s","municipalityCode":"049"}}""".formatted(client, client, client);
        CloudEvent read = codec.read(withExtensions);
        assertThat(read.dataschema()).isEqualTo(EventType.of("intake", "ClientRegistered").dataschema());
        assertThat(codec.data(read, Registered.class).municipalityCode()).isEqualTo("049");
        String without = """
                {"specversion":"1.0","id":"2","source":"/polku/intake","type":"fi.polku.intake.ClientRegistered.v1",
                 "subject":"%s","time":"2026-01-01T00:00:00Z","datacontenttype":"application/json",
                 "data":{"clientId":"%s","municipalityCode":"049"}}""".formatted(client, client);
        assertThat(codec.read(without).dataschema()).isNull();
    }

    @Test
    void readsDataTolerantlySoProducersCanAddFields() {
        String json = """
                {"specversion":"1.0","id":"1","source":"/polku/intake","type":"fi.polku.intake.ClientRegistered.v1",
                 "subject":"s","time":"2026-01-01T00:00:00Z","datacontenttype":"application/json",
                 "newAttribute":"x","data":{"clientId":"%s","municipalityCode":"049","addedLater":true}}"""
                .formatted(UUID.randomUUID());
        assertThat(codec.data(codec.read(json), Registered.class).municipalityCode()).isEqualTo("049");
    }

    @Test
    void rejectsWhatIsNotAPolkuCloudEvent() {
        assertThatThrownBy(() -> codec.read("{ not json")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.read("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/x\","
                + "\"type\":\"fi.polku.intake.X.v1\"}")).hasMessageContaining("no data object");
        assertThatThrownBy(() -> codec.read("{\"specversion\":\"0.3\",\"id\":\"1\",\"source\":\"/x\","
                + "\"type\":\"fi.polku.intake.X.v1\",\"data\":{}}")).hasMessageContaining("specversion");
        assertThatThrownBy(() -> codec.read("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/x\","
                + "\"type\":\"com.example.Other\",\"data\":{}}")).hasMessageContaining("not of the form");
        assertThatThrownBy(() -> codec.read("{\"specversion\":\"1.0\",\"source\":\"/x\","
                + "\"type\":\"fi.polku.intake.X.v1\",\"data\":{}}")).hasMessageContaining("'id'");
    }

    @Test
    void parsesTypeNames() {
        assertThat(EventType.parse("fi.polku.case-owner.CaseOwnerAssigned.v2"))
                .isEqualTo(new EventType("case-owner", "CaseOwnerAssigned", 2));
        assertThat(Map.of("t", EventType.of("coaching", "FeeEarned").toString()))
                .containsEntry("t", "fi.polku.coaching.FeeEarned.v1");
        assertThat(EventType.parse("fi.polku.case-owner.CaseOwnerAssigned.v2").dataschema())
                .isEqualTo("https://polku.fi/schemas/events/CaseOwnerAssigned.v2.json");
    }
}
