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
    public static final List<String> CLIENT_RECORDS = List.of("case_owner_change", "care_network_member",
            "service_start", "follow_up", "agreed_case_owner", "referral_state", "notification",
            "closure_feedback", "coaching_episode", "case_owner_referral", "due_reminder", "work_trial_start", "client_place");

    /**
     * Tables with one row per client: the merged client's row is forgotten with them. Their activation plan moves
     * first when the kept client has none; the kept client's assignment is the merge rule's (ClientMergeService).
     */
    public static final List<String> ONE_ROW_PER_CLIENT = List.of("client_activation_plan", "case_owner_assignment",
            "known_client");

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
        getEntityManager().createNativeQuery("""
                UPDATE client_activation_plan SET client_id = :kept WHERE client_id = :merged
                    AND NOT EXISTS (SELECT 1 FROM client_activation_plan k WHERE k.client_id = :kept)""")
                .setParameter("kept", keptId).setParameter("merged", mergedId).executeUpdate();
        for (String table : ONE_ROW_PER_CLIENT) {
            getEntityManager().createNativeQuery("DELETE FROM " + table + " WHERE client_id = :merged")
                    .setParameter("merged", mergedId).executeUpdate();
        }
    }
}
