package fi.polku.assessment.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.domain.KnownClient;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class KnownClientRepository implements PanacheRepositoryBase<KnownClient, UUID> {

    /** Tables whose rows belong to a client and move to the kept client when intake merges duplicates. */
    private static final List<String> CLIENT_RECORDS = List.of("assessment", "investigation");
    /** Plans are versioned per client: the merged client's move only when the kept client has none of the kind. */
    private static final List<String> CLIENT_PLANS = List.of("activation_plan", "implementation_plan");

    /**
     * Moves the merged client's records to the kept client and forgets the merged client. Instrument answers move
     * unless the kept client answered the same instrument on the same day (the kept client's answer stands).
     */
    public void mergeInto(UUID mergedId, UUID keptId) {
        for (String table : CLIENT_RECORDS) {
            repoint("UPDATE " + table + " SET client_id = :kept WHERE client_id = :merged", mergedId, keptId);
        }
        for (String table : CLIENT_PLANS) {
            repoint("UPDATE " + table + " SET client_id = :kept WHERE client_id = :merged AND NOT EXISTS "
                    + "(SELECT 1 FROM " + table + " k WHERE k.client_id = :kept)", mergedId, keptId);
        }
        repoint("""
                UPDATE instrument_response r SET client_id = :kept WHERE r.client_id = :merged AND NOT EXISTS (
                    SELECT 1 FROM instrument_response k WHERE k.client_id = :kept AND k.instrument = r.instrument
                                                          AND k.time_point = r.time_point)""", mergedId, keptId);
        getEntityManager().createNativeQuery("DELETE FROM known_client WHERE client_id = :merged")
                .setParameter("merged", mergedId).executeUpdate();
    }

    private void repoint(String statement, UUID mergedId, UUID keptId) {
        getEntityManager().createNativeQuery(statement).setParameter("kept", keptId).setParameter("merged", mergedId)
                .executeUpdate();
    }
}
