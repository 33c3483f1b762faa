package fi.polku.platform.clients;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.polku.platform.access.KnownClients;
import io.quarkus.arc.DefaultBean;

/**
 * The clients a service learned of from intake's registrations, in the service's table {@code known_client}
 * ({@code client_id, municipality_code, age_band, registered_at}): only the pseudonymous id and routing data. A
 * service configures it by handling intake's {@code ClientRegistered} with {@link #remember} and its
 * {@code ClientsMerged} with {@link #forget} of the merged client; it answers {@link KnownClients} unless the
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

    /** Forgets a client merged into another (whose records the service has moved to the kept client). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID clientId) {
        entityManager.createNativeQuery("DELETE FROM known_client WHERE client_id = :client")
                .setParameter("client", clientId).executeUpdate();
    }

    @Override
    public boolean isKnown(UUID clientId) {
        return !entityManager.createNativeQuery("SELECT 1 FROM known_client WHERE client_id = :client")
                .setParameter("client", clientId).getResultList().isEmpty();
    }
}
