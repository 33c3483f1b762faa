package fi.polku.coaching.service;

import static fi.polku.platform.clients.KnownClientRegister.moveClientId;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.messaging.ClientsMerged;
import fi.polku.platform.clients.KnownClientRegister;

/**
 * Keeps a client whole when intake merges a duplicate registration into them: the merged client's episodes (and
 * with them their meetings, jobs and phases), fees, referrals and employer contacts become the kept client's, and the merged
 * client is forgotten. Applying a merge again finds nothing of the merged client and changes nothing.
 */
@ApplicationScoped
public class ClientMerges {

    /** The rest of an episode's records hang on the episode. */
    public static final List<String> MOVES = List.of(moveClientId("episode"), moveClientId("fee"),
            moveClientId("coaching_referral"), """
            UPDATE employer_contact SET client_ids = array_replace(client_ids, :merged, :kept)
             WHERE :merged = ANY (client_ids)""");

    private final KnownClientRegister knownClients;

    public ClientMerges(KnownClientRegister knownClients) {
        this.knownClients = knownClients;
    }

    public void apply(ClientsMerged merge) {
        knownClients.merge(merge.mergedClientId(), merge.clientId(), MOVES);
    }
}
