package fi.polku.platform.clients;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.arc.DefaultBean;

/**
 * The clients a service learned of from intake's registrations, in the service's table {@code known_client}
 * ({@code client_id, municipality_code, age_band, registered_at}): only the pseudonymous id and routing data. A
 * service configures it by handling intake's {@code ClientRegistered} with {@link #remember} and its
 * {@code ClientsMerged} with {@link #merge}; it answers {@link KnownClients} unless the
 * service knows its clients some other way too.
 */
@ApplicationScoped
@DefaultBean
public class KnownClientRegister implements KnownClients {

    private final EntityManager entityManager;

    public KnownClientRegister(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Remembers a registration; a repeated one changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(UUID clientId, String municipalityCode, String ageBand, OffsetDateTime registeredAt) {
        entityManager.createNativeQuery("""
                        INSERT INTO known_client (client_id, municipality_code, age_band, registered_at)
                        VALUES (:client, :municipality, :ageBand, :registeredAt)
                        ON CONFLICT (client_id) DO NOTHING""")
                .setParameter("client", clientId)
                .setParameter("municipality", municipalityCode)
                .setParameter("ageBand", ageBand)
                .setParameter("registeredAt", registeredAt)
                .executeUpdate();
    }

    /**
     * Applies intake's merge of a duplicate: runs each of the service's statements that move the merged client's
     * records to the kept client (they name the two {@code :merged} and {@code :kept}), then forgets the merged
     * client. Applied again, it finds nothing of the merged client and changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void merge(UUID mergedId, UUID keptId, List<String> moveStatements) {
        for (String statement : moveStatements) {
            entityManager.createNativeQuery(statement).setParameter("kept", keptId).setParameter("merged", mergedId)
                    .executeUpdate();
        }
        entityManager.createNativeQuery("DELETE FROM known_client WHERE client_id = :merged")
                .setParameter("merged", mergedId).executeUpdate();
    }

    /** A statement for {@link #merge} that moves the rows of a table with a {@code client_id} column. */
    public static String moveClientId(String table) {
        return "UPDATE " + table + " SET client_id = :kept WHERE client_id = :merged";
    }

    @Override
    public boolean isKnown(UUID clientId) {
        return !entityManager.createNativeQuery("SELECT 1 FROM known_client WHERE client_id = :client")
                .setParameter("client", clientId).getResultList().isEmpty();
    }
}
