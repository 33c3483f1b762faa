package fi.polku.intake.service;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import fi.polku.intake.domain.AccessLogEntry;
import fi.polku.intake.domain.AccessLogFilter;
import fi.polku.intake.domain.Client;
import fi.polku.platform.audit.AccessBasis;
import fi.polku.access.ClientAccessConfig;
import fi.polku.platform.audit.AccessLog;
import fi.polku.platform.audit.AccessOutcome;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.persistence.SqlValues;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.time.ServiceTime;

/**
 * The complete access log of a client across the services (Client Data Act 703/2023 §11): who processed the
 * client's data, when, in which service, what, why, on what basis, and to which outside organisation it was
 * disclosed. Entries are kept for good; those older than two years are flagged.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClientAccessLog {

    private static final int FLAG_AFTER_YEARS = 2;
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final String COLUMNS = """
            occurred_at, service, actor_subject, actor_name, actor_roles, actor_org, action, purpose, outcome, basis,
            id
            """;

    private final EntityManager entityManager;
    private final ClientLookup lookup;
    private final AccessLog accessLog;
    private final ClientAccessConfig accessConfig;
    private final ServiceTime time;

    public ClientAccessLog(EntityManager entityManager, ClientLookup lookup, AccessLog accessLog,
            ClientAccessConfig accessConfig, ServiceTime time) {
        this.entityManager = entityManager;
        this.lookup = lookup;
        this.accessLog = accessLog;
        this.accessConfig = accessConfig;
        this.time = time;
    }

    /** The client's whole log as of a moment. */
    public record Extract(UUID clientId, OffsetDateTime generatedAt, List<AccessLogEntry> entries) {
    }

    /**
     * The client's whole log, including the entries under ids merged into the client, for the printable document;
     * the reading is logged too.
     */
    @SuppressWarnings("unchecked")
    public Extract of(UUID clientId) {
        Client client = lookup.require(clientId);
        accessLog.record(client.id, "read the client's access log", AccessBasis.AUDIT);
        OffsetDateTime now = time.timestamp();
        OffsetDateTime flagBefore = now.minusYears(FLAG_AFTER_YEARS);
        List<Tuple> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + """
                          FROM access_log
                         WHERE client_id = :client OR client_id IN (SELECT id FROM client WHERE merged_into = :client)
                         ORDER BY occurred_at, id""", Tuple.class)
                .setParameter("client", client.id)
                .getResultList();
        List<AccessLogEntry> entries = rows.stream().map(row -> entry(row, flagBefore)).toList();
        return new Extract(client.id, now, entries);
    }

    /**
     * A page of the client's log, oldest first (occurredAt, then id), filtered by period, service and outcome; the
     * reading of each page is logged too, and shows on a later page (of the filters that include it).
     */
    @SuppressWarnings("unchecked")
    public Page<AccessLogEntry> page(UUID clientId, AccessLogFilter filter, PageRequest page) {
        Client client = lookup.require(clientId);
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        String[] after = page.afterParts(2);
        accessLog.record(client.id, "read the client's access log", AccessBasis.AUDIT);
        OffsetDateTime flagBefore = time.timestamp().minusYears(FLAG_AFTER_YEARS);
        List<Tuple> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + """
                          FROM access_log
                         WHERE (client_id = :client
                                OR client_id IN (SELECT id FROM client WHERE merged_into = :client))
                           AND (CAST(:fromTime AS timestamptz) IS NULL OR occurred_at >= :fromTime)
                           AND (CAST(:untilTime AS timestamptz) IS NULL OR occurred_at < :untilTime)
                           AND (CAST(:service AS varchar) IS NULL OR service = :service)
                           AND (CAST(:outcome AS varchar) IS NULL OR outcome = :outcome)
                           AND (CAST(:afterTime AS timestamptz) IS NULL OR (occurred_at, id) > (:afterTime, :afterId))
                         ORDER BY occurred_at, id LIMIT :fetch""", Tuple.class)
                .setParameter("client", client.id)
                .setParameter("fromTime", filter.from() == null ? null : filter.from().atStartOfDay(FINLAND)
                        .toOffsetDateTime())
                .setParameter("untilTime", filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(FINLAND)
                        .toOffsetDateTime())
                .setParameter("service", filter.service())
                .setParameter("outcome", filter.outcome() == null ? null : filter.outcome().name())
                .setParameter("afterTime", after == null ? null : PageKey.moment(after[0]))
                .setParameter("afterId", after == null ? null : PageKey.uuid(after[1]))
                .setParameter("fetch", page.fetchSize())
                .getResultList();
        return Page.of(rows.stream().map(row -> entry(row, flagBefore)).toList(), page,
                entry -> PageKey.of(entry.occurredAt(), entry.id()));
    }

    private AccessLogEntry entry(Tuple row, OffsetDateTime flagBefore) {
        OffsetDateTime occurredAt = SqlValues.offsetDateTime(row.get(0));
        String organisation = row.get(5, String.class);
        // a refusal disclosed nothing, whoever asked
        boolean disclosed = AccessOutcome.ALLOWED.name().equals(row.get(8, String.class))
                && !accessConfig.ownOrganisations().contains(organisation);
        return new AccessLogEntry(row.get(10, UUID.class), occurredAt, row.get(1, String.class),
                row.get(3, String.class), row.get(2, String.class), row.get(4, String.class), organisation,
                row.get(6, String.class), row.get(7, String.class), row.get(8, String.class), row.get(9, String.class),
                disclosed ? organisation : null, occurredAt.isBefore(flagBefore));
    }
}
