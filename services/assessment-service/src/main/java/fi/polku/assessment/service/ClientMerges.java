package fi.polku.assessment.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.polku.assessment.messaging.ClientsMerged;
import fi.polku.platform.clients.KnownClientRegister;

/**
 * Keeps a client whole when intake merges a duplicate registration into them: the merged client's records move to
 * the kept client and the merged client is forgotten. Applying a merge again finds nothing of the merged client.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClientMerges {

    /** Tables whose rows belong to a client and move to the kept client. */
    private static final List<String> CLIENT_RECORDS = List.of("assessment", "investigation");
    /** Plans are versioned per client: the merged client's move only when the kept client has none of the kind. */
    private static final List<String> CLIENT_PLANS = List.of("activation_plan", "implementation_plan");

    private final EntityManager entityManager;
    private final KnownClientRegister knownClients;

    public ClientMerges(EntityManager entityManager, KnownClientRegister knownClients) {
        this.entityManager = entityManager;
        this.knownClients = knownClients;
    }

    /**
     * Instrument answers move unless the kept client answered the same instrument at the same time point (the kept
     * client's answer stands).
     */
    public void apply(ClientsMerged merge) {
        for (String table : CLIENT_RECORDS) {
            repoint("UPDATE " + table + " SET client_id = :kept WHERE client_id = :merged", merge);
        }
        for (String table : CLIENT_PLANS) {
            repoint("UPDATE " + table + " SET client_id = :kept WHERE client_id = :merged AND NOT EXISTS "
                    + "(SELECT 1 FROM " + table + " k WHERE k.client_id = :kept)", merge);
        }
        repoint("""
                UPDATE instrument_response r SET client_id = :kept WHERE r.client_id = :merged AND NOT EXISTS (
                    SELECT 1 FROM instrument_response k WHERE k.client_id = :kept AND k.instrument = r.instrument
                                                          AND k.time_point = r.time_point)""", merge);
        knownClients.forget(merge.mergedClientId());
    }

    private void repoint(String statement, ClientsMerged merge) {
        entityManager.createNativeQuery(statement).setParameter("kept", merge.clientId())
                .setParameter("merged", merge.mergedClientId()).executeUpdate();
    }
}
