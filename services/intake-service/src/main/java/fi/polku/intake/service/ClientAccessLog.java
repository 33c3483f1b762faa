package fi.polku.intake.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import fi.polku.intake.domain.Client;
import fi.polku.intake.rest.AccessLogEntry;
import fi.polku.intake.rest.AccessLogView;
import fi.polku.platform.access.AccessBasis;
import fi.polku.platform.access.ClientAccessConfig;
import fi.polku.platform.audit.AccessLog;
import fi.polku.platform.persistence.SqlValues;

/**
 * The complete access log of a client across the services (Client Data Act 703/2023 §11): who processed the
 * client's data, when, in which service, what, why, on what basis, and to which outside organisation it was
 * disclosed. Entries are kept for good; those older than two years are flagged.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClientAccessLog {

    private static final int FLAG_AFTER_YEARS = 2;

    private final EntityManager entityManager;
    private final ClientLookup lookup;
    private final AccessLog accessLog;
    private final ClientAccessConfig accessConfig;

    public ClientAccessLog(EntityManager entityManager, ClientLookup lookup, AccessLog accessLog,
            ClientAccessConfig accessConfig) {
        this.entityManager = entityManager;
        this.lookup = lookup;
        this.accessLog = accessLog;
        this.accessConfig = accessConfig;
    }

    /** The client's log, including the entries under ids merged into the client; the reading is logged too. */
    @SuppressWarnings("unchecked")
    public AccessLogView of(UUID clientId) {
        Client client = lookup.require(clientId);
        accessLog.record(client.id, "read the client's access log", AccessBasis.AUDIT);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime flagBefore = now.minusYears(FLAG_AFTER_YEARS);
        List<Tuple> rows = entityManager.createNativeQuery("""
                        SELECT occurred_at, service, actor_subject, actor_name, actor_roles, actor_org, action, purpose,
                               outcome, basis
                          FROM access_log
                         WHERE client_id = :client OR client_id IN (SELECT id FROM client WHERE merged_into = :client)
                         ORDER BY occurred_at, id""", Tuple.class)
                .setParameter("client", client.id)
                .getResultList();
        List<AccessLogEntry> entries = rows.stream().map(row -> entry(row, flagBefore)).toList();
        return new AccessLogView(client.id, now, entries);
    }

    private AccessLogEntry entry(Tuple row, OffsetDateTime flagBefore) {
        OffsetDateTime occurredAt = SqlValues.offsetDateTime(row.get(0));
        String organisation = row.get(5, String.class);
        boolean disclosed = !accessConfig.ownOrganisations().contains(organisation);
        return new AccessLogEntry(occurredAt, row.get(1, String.class), row.get(3, String.class),
                row.get(2, String.class), row.get(4, String.class), organisation, row.get(6, String.class),
                row.get(7, String.class), row.get(8, String.class), row.get(9, String.class),
                disclosed ? organisation : null, occurredAt.isBefore(flagBefore));
    }
}
