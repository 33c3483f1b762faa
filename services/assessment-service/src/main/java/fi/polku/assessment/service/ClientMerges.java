package fi.polku.assessment.service;

import static fi.polku.platform.clients.KnownClientRegister.moveClientId;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.messaging.ClientsMerged;
import fi.polku.platform.clients.KnownClientRegister;

/**
 * Keeps a client whole when intake merges a duplicate registration into them: the merged client's records move to
 * the kept client and the merged client is forgotten. Applying a merge again finds nothing of the merged client.
 */
@ApplicationScoped
public class ClientMerges {

    /**
     * Plans are versioned per client: the merged client's move only when the kept client has none of the kind.
     * Instrument answers move unless the kept client answered the same instrument at the same time point (the kept
     * client's answer stands).
     */
    public static final List<String> MOVES = List.of(moveClientId("assessment"), moveClientId("investigation"),
            moveClientId("assessment_referral"), movePlans("activation_plan"), movePlans("implementation_plan"), """
            UPDATE instrument_response r SET client_id = :kept WHERE r.client_id = :merged AND NOT EXISTS (
                SELECT 1 FROM instrument_response k WHERE k.client_id = :kept AND k.instrument = r.instrument
                                                      AND k.time_point = r.time_point)""");

    private final KnownClientRegister knownClients;

    public ClientMerges(KnownClientRegister knownClients) {
        this.knownClients = knownClients;
    }

    public void apply(ClientsMerged merge) {
        knownClients.merge(merge.mergedClientId(), merge.clientId(), MOVES);
    }

    private static String movePlans(String table) {
        return moveClientId(table) + " AND NOT EXISTS (SELECT 1 FROM " + table + " k WHERE k.client_id = :kept)";
    }
}
