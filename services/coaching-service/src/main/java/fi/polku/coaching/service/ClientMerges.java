package fi.polku.coaching.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.polku.coaching.messaging.ClientsMerged;
import fi.polku.platform.clients.KnownClientRegister;

/**
 * Keeps a client whole when intake merges a duplicate registration into them: the merged client's episodes (and
 * with them their meetings, jobs and phases), fees and employer contacts become the kept client's, and the merged
 * client is forgotten. Applying a merge again finds nothing of the merged client and changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClientMerges {

    /** Tables with a client_id column; the rest of an episode's records hang on the episode. */
    private static final List<String> CLIENT_RECORDS = List.of("episode", "fee");

    private final EntityManager entityManager;
    private final KnownClientRegister knownClients;

    public ClientMerges(EntityManager entityManager, KnownClientRegister knownClients) {
        this.entityManager = entityManager;
        this.knownClients = knownClients;
    }

    public void apply(ClientsMerged merge) {
        for (String table : CLIENT_RECORDS) {
            run("UPDATE " + table + " SET client_id = :kept WHERE client_id = :merged", merge);
        }
        run("""
                UPDATE employer_contact SET client_ids = array_replace(client_ids, :merged, :kept)
                 WHERE :merged = ANY (client_ids)""", merge);
        knownClients.forget(merge.mergedClientId());
    }

    private void run(String statement, ClientsMerged merge) {
        entityManager.createNativeQuery(statement).setParameter("kept", merge.clientId())
                .setParameter("merged", merge.mergedClientId()).executeUpdate();
    }
}
