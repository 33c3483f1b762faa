package fi.polku.coaching.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fi.polku.coaching.service.ClientMerges;
import fi.polku.testkit.ClientRecordTables;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** A merge of duplicate clients moves every table of this service that holds a client's rows. */
@QuarkusTest
class ClientMergeCoverageTest {

    @Inject
    AgroalDataSource database;

    @Test
    void everyTableThatHoldsAClientIdIsMovedOnAMerge() {
        assertThat(ClientRecordTables.ofService(database)).contains("known_client");
        assertThat(ClientRecordTables.notMovedBy(database, ClientMerges.MOVES))
                .as("a client's rows left on a merged id would be lost to the kept client").isEmpty();
    }
}
