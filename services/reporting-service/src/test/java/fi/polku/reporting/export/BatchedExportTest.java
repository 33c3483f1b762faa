package fi.polku.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.polku.platform.events.MalformedEventException;
import fi.polku.reporting.KnownEvents;
import fi.polku.testkit.EventPublisher;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A poll of the export stream is appended in one transaction; a poll with a poison record is appended one record at
 * a time, so the poison alone fails and the others are appended once each, in their order; a redelivered poll adds
 * nothing.
 */
@QuarkusTest
class BatchedExportTest {

    @Inject
    ExportFactRecorder recorder;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Test
    void aPollWithOnePoisonRecordAppendsTheOthersOnceInOrderAndARedeliveryAddsNothing() throws Exception {
        UUID client = UUID.randomUUID();
        List<String> consents = new ArrayList<>();
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            if (i == 3) {
                records.add(consent(UUID.randomUUID().toString(), "not a client id"));
            }
            String id = UUID.randomUUID().toString();
            consents.add(id);
            records.add(consent(id, client.toString()));
        }

        Map<Integer, RuntimeException> failed = recorder.appendAll(records);

        assertThat(failed).containsOnlyKeys(3);
        assertThat(failed.get(3)).isInstanceOf(MalformedEventException.class).hasMessageContaining("clientId");
        assertThat(appended(client)).as("appended once each, in the poll's order").isEqualTo(consents);

        Map<Integer, RuntimeException> redelivered = recorder.appendAll(records);

        assertThat(redelivered).containsOnlyKeys(3);
        assertThat(appended(client)).as("a redelivered poll appends nothing").isEqualTo(consents);
    }

    @Test
    void aPollWithoutPoisonIsAppendedWholeInOrder() throws Exception {
        UUID client = UUID.randomUUID();
        List<String> consents = new ArrayList<>();
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String id = UUID.randomUUID().toString();
            consents.add(id);
            records.add(consent(id, client.toString()));
        }

        assertThat(recorder.appendAll(records)).isEmpty();
        assertThat(recorder.appendAll(records)).isEmpty();

        assertThat(appended(client)).isEqualTo(consents);
    }

    private String consent(String eventId, String clientId) throws JsonProcessingException {
        return mapper.writeValueAsString(EventPublisher.envelope(eventId, "intake", "ConsentGranted",
                UUID.randomUUID(), KnownEvents.data("clientId", clientId, "consentId", UUID.randomUUID().toString(),
                        "purpose", "COACHING_REFERRAL")));
    }

    /** The client's facts' event ids by sequence. */
    private List<String> appended(UUID client) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT event_id FROM export_fact WHERE client_id = ? ORDER BY sequence")) {
            statement.setObject(1, client);
            var result = statement.executeQuery();
            List<String> ids = new ArrayList<>();
            while (result.next()) {
                ids.add(result.getString(1));
            }
            return ids;
        }
    }
}
