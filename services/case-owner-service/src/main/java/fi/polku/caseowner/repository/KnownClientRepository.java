package fi.polku.caseowner.repository;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.KnownClient;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class KnownClientRepository implements PanacheRepositoryBase<KnownClient, UUID> {

    /** The tables whose rows belong to a client and move to the kept client when intake merges duplicates. */
    private static final List<String> CLIENT_RECORDS = List.of("case_owner_change", "care_network_member",
            "service_start", "follow_up", "agreed_case_owner", "referral_state", "notification",
            "closure_feedback");

    /** The client's municipality, read without loading the client; empty when unknown or withheld. */
    public Optional<String> municipalityOf(UUID clientId) {
        return getEntityManager()
                .createNativeQuery("SELECT municipality_code FROM known_client WHERE client_id = :id", String.class)
                .setParameter("id", clientId)
                .getResultStream().filter(Objects::nonNull).map(String.class::cast).findFirst();
    }

    /** Moves every record of the merged client to the kept client, then forgets the merged client. */
    public void mergeInto(UUID mergedId, UUID keptId) {
        for (String table : CLIENT_RECORDS) {
            getEntityManager().createNativeQuery("UPDATE " + table + " SET client_id = :kept WHERE client_id = :merged")
                    .setParameter("kept", keptId).setParameter("merged", mergedId).executeUpdate();
        }
        getEntityManager().createNativeQuery("DELETE FROM case_owner_assignment WHERE client_id = :merged")
                .setParameter("merged", mergedId).executeUpdate();
        getEntityManager().createNativeQuery("DELETE FROM known_client WHERE client_id = :merged")
                .setParameter("merged", mergedId).executeUpdate();
    }
}
