package fi.polku.coaching.rest;

import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.AccessMatrix;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Who may see a client's coaching: the matrix of care relationship, consent and emergency access. */
@QuarkusTest
class AccessControlTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void aCoachingEpisodeFollowsTheAccessMatrix() {
        String provider = Coaching.createProvider(Coaching.newBusinessId());
        UUID client = UUID.randomUUID();
        String episode = Coaching.refer(client, provider);
        new AccessMatrix("coaching episode", caller -> caller.get("/api/v1/coaching-episodes/" + episode), client,
                Roles.CASE_OWNER, Roles.ANALYST, "SUPPORTED_EMPLOYMENT_COACHING", dataSource, kafka).verify();
    }
}
