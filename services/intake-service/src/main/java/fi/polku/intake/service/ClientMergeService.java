package fi.polku.intake.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.polku.intake.domain.Client;
import fi.polku.intake.messaging.IntakeEvents;
import fi.polku.intake.repository.ClientRepository;
import fi.polku.access.ClientAccess;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.time.ServiceTime;

/**
 * Possible duplicates and their merge. A merge keeps one client id; the merged client's row stays as an alias, so
 * its id and identity code still lead to the kept client, and every record of it moves to the kept client.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClientMergeService {

    private final ClientRepository clients;
    private final IntakeEvents events;
    private final ClientAccess access;
    private final ClientLookup lookup;
    private final ServiceTime time;

    public ClientMergeService(ClientRepository clients, IntakeEvents events, ClientAccess access,
            ClientLookup lookup, ServiceTime time) {
        this.clients = clients;
        this.lookup = lookup;
        this.events = events;
        this.access = access;
        this.time = time;
    }

    /**
     * A page of the groups of active clients that share first name, last name and birth date, each group's members
     * oldest first. Groups follow their first member's registration (then id), a key that stays put while clients
     * register, so a caller paging through sees each group once; the key holds no personal data, as cursors travel
     * in URLs. Only the clients of the page are logged as listed.
     */
    public Page<List<Client>> duplicateCandidates(PageRequest page) {
        Map<String, List<Client>> groups = new LinkedHashMap<>();
        for (Client client : clients.duplicateCandidates(access.visibilityParameters())) {
            String key = client.birthDate + "|" + client.lastName.toLowerCase(Locale.ROOT) + "|"
                    + client.firstName.toLowerCase(Locale.ROOT);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(client);
        }
        groups.values().forEach(group -> group.sort(Comparator.comparing((Client c) -> c.registeredAt)
                .thenComparing(c -> c.id.toString())));
        Page<List<Client>> result = Page.slice(groups.values(), page,
                group -> PageKey.of(group.get(0).registeredAt, group.get(0).id));
        result.items().forEach(group -> group.forEach(client -> access.require(client.id,
                "list as a possible duplicate")));
        return result;
    }

    /** Both clients are authorised before anything about them is checked, so a caller without a basis learns nothing. */
    public Client merge(UUID keptId, UUID mergedId) {
        Client kept = lookup.authorised(keptId, "merge a duplicate into the client");
        if (!kept.id.equals(keptId)) {
            throw ProblemException.businessRule(null, "Client " + keptId + " was itself merged into "
                    + kept.id + "; merge into that client instead");
        }
        Client merged = clients.findByIdOptional(mergedId).orElseThrow(() -> ProblemException
                .businessRule("mergedClientId", "no client " + mergedId + " exists"));
        access.require(merged.mergedInto == null ? merged.id : merged.mergedInto, "merge the client into " + kept.id);
        if (mergedId.equals(keptId)) {
            throw ProblemException.businessRule("mergedClientId", "must be another client than the one kept");
        }
        if (merged.mergedInto != null) {
            throw ProblemException.conflict("Client " + mergedId + " was already merged",
                    Map.of("mergedInto", merged.mergedInto));
        }
        if (!merged.birthDate.equals(kept.birthDate)) {
            throw ProblemException.businessRule("mergedClientId",
                    "has another birth date than the client kept, so it cannot be the same person");
        }
        merged.mergedInto = kept.id;
        merged.mergedAt = time.timestamp();
        clients.flush();
        clients.repointRecords(merged.id, kept.id);
        events.clientsMerged(kept.id, merged.id, merged.mergedAt);
        return kept;
    }
}
