package fi.polku.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

/**
 * Arranges, for a test of some other feature, that professionals (subjects of the test tokens' issuer and default
 * organisation) have a care relationship with a client in the service under test (a {@code @QuarkusTest}), as the
 * services' events would have made it. Tests of access itself
 * arrange it through the real events and APIs instead.
 */
public final class CareRelationshipFixture {

    private CareRelationshipFixture() {
    }

    public static void inCareOf(UUID clientId, String... subjects) {
        DataSource database = Arc.container().instance(AgroalDataSource.class).get();
        for (String subject : subjects) {
            careRelationship(database, clientId, subject);
        }
    }

    private static void careRelationship(DataSource database, UUID clientId, String subject) {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO care_relationship (client_id, issuer, organisation, subject, kind, source_id,
                                                       valid_from, valid_until, changed_at)
                        VALUES (?, ?, ?, ?, 'CARE_NETWORK', 'test-arrangement', now() - interval '1 minute', NULL,
                                now())
                        ON CONFLICT DO NOTHING""")) {
            insert.setObject(1, clientId);
            insert.setString(2, Tokens.ISSUER);
            insert.setString(3, Tokens.DEFAULT_ORGANISATION);
            insert.setString(4, subject);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not arrange a care relationship", e);
        }
    }

    /** The subject of {@link Api#as(String)}'s token for the role. */
    public static String defaultSubject(String role) {
        return role + "-user";
    }
}
