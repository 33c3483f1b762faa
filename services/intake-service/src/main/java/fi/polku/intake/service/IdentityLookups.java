package fi.polku.intake.service;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fi.polku.intake.domain.Client;
import fi.polku.intake.domain.LookupOutcome;
import fi.polku.intake.repository.ClientRepository;
import fi.polku.intake.rest.IdentityLookupView;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.persistence.SqlValues;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;

/**
 * The log and the rate limit of lookups by identity code. Each lookup, hit or miss, is written in a transaction of
 * its own, so that a miss (a 404) and a refusal (a 429) stay logged. A caller may make {@code limit} lookups in a
 * sliding {@code window}; beyond that each attempt is refused and logged as {@link LookupOutcome#RATE_LIMITED}, the
 * burst an auditor reviews. The count is taken under a lock per caller, so parallel requests cannot slip past it.
 */
@ApplicationScoped
public class IdentityLookups {

    private static final Logger LOG = Logger.getLogger(IdentityLookups.class);
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private final EntityManager entityManager;
    private final ClientRepository clients;
    private final Caller caller;
    private final int limit;
    private final Duration window;

    public IdentityLookups(EntityManager entityManager, ClientRepository clients, Caller caller,
            @ConfigProperty(name = "polku.intake.lookup.limit", defaultValue = "30") int limit,
            @ConfigProperty(name = "polku.intake.lookup.window", defaultValue = "PT1M") Duration window) {
        this.entityManager = entityManager;
        this.clients = clients;
        this.caller = caller;
        this.limit = limit;
        this.window = window;
    }

    /** What a lookup answered: the client found (or none), or a refusal and when the caller may try again. */
    public record Lookup(LookupOutcome outcome, Client client, Duration retryAfter) {

        /** The client found, or the 404 of a miss or the 429 of a refusal. */
        public Client found() {
            return switch (outcome) {
                case FOUND -> client;
                case NOT_FOUND -> throw new ProblemException(404, "not-found", "Not found",
                        "No client is registered with this identity code", List.of(), java.util.Map.of());
                case RATE_LIMITED -> throw ProblemException.tooManyRequests("Too many lookups by identity code in a"
                        + " short time; try again later", retryAfter);
            };
        }
    }

    /**
     * Looks the blind index up, unless the caller is over their limit; committed before the caller goes on, so a miss
     * or a refusal stays logged although the request then fails.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Lookup lookUp(String identityIndex, String intakeReason) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:caller))")
                .setParameter("caller", "identity-lookup:" + caller.organisation() + ":" + caller.subject())
                .getSingleResult();
        List<?> counted = entityManager.createNativeQuery("""
                        SELECT occurred_at FROM identity_lookup
                         WHERE actor_subject = :subject AND actor_org = :org AND occurred_at > :since
                           AND outcome <> 'RATE_LIMITED'
                         ORDER BY occurred_at LIMIT :limit""")
                .setParameter("subject", caller.subject())
                .setParameter("org", caller.organisation())
                .setParameter("since", now.minus(window))
                .setParameter("limit", limit)
                .getResultList();
        if (counted.size() >= limit) {
            write(now, LookupOutcome.RATE_LIMITED, null, null);
            LOG.warnf("Identity-code lookups of %s exceed %d in %s: refused and flagged for the auditor",
                    caller.subject(), limit, window);
            return new Lookup(LookupOutcome.RATE_LIMITED, null,
                    Duration.between(now, SqlValues.offsetDateTime(counted.get(0)).plus(window)));
        }
        Client found = clients.findByIdentityIndex(identityIndex).orElse(null);
        UUID clientId = found == null ? null : (found.mergedInto == null ? found.id : found.mergedInto);
        LookupOutcome outcome = found == null ? LookupOutcome.NOT_FOUND : LookupOutcome.FOUND;
        write(now, outcome, clientId, found == null ? null : intakeReason);
        return new Lookup(outcome, found, null);
    }

    /** Lookups made on the days from the first to the last (inclusive, Finnish days), newest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Page<IdentityLookupView> madeBetween(LocalDate from, LocalDate to, PageRequest page) {
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        String[] after = page.afterParts(2);
        List<Tuple> rows = entityManager.createNativeQuery("""
                        SELECT id, occurred_at, actor_subject, actor_org, actor_roles, outcome, client_id, intake_reason
                          FROM identity_lookup WHERE occurred_at >= :from AND occurred_at < :to
                           AND (CAST(:afterTime AS timestamptz) IS NULL OR (occurred_at, id) < (:afterTime, :afterId))
                         ORDER BY occurred_at DESC, id DESC LIMIT :fetch""", Tuple.class)
                .setParameter("from", from.atStartOfDay(FINLAND).toOffsetDateTime())
                .setParameter("to", to.plusDays(1).atStartOfDay(FINLAND).toOffsetDateTime())
                .setParameter("afterTime", after == null ? null : PageKey.moment(after[0]))
                .setParameter("afterId", after == null ? null : PageKey.uuid(after[1]))
                .setParameter("fetch", page.fetchSize())
                .getResultList();
        return Page.of(rows.stream().map(row -> new IdentityLookupView(row.get(0, UUID.class),
                        SqlValues.offsetDateTime(row.get(1)), row.get(2, String.class), row.get(3, String.class),
                        row.get(4, String.class), LookupOutcome.valueOf(row.get(5, String.class)),
                        row.get(6, UUID.class), row.get(7, String.class))).toList(), page,
                lookup -> PageKey.of(lookup.occurredAt(), lookup.id()));
    }

    private void write(OffsetDateTime at, LookupOutcome outcome, UUID clientId, String intakeReason) {
        entityManager.createNativeQuery("""
                        INSERT INTO identity_lookup (id, occurred_at, actor_subject, actor_org, actor_roles, outcome,
                                                     client_id, intake_reason)
                        VALUES (:id, :at, :subject, :org, :roles, :outcome, :client, :reason)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("at", at)
                .setParameter("subject", caller.subject())
                .setParameter("org", caller.organisation())
                .setParameter("roles", String.join(",", caller.roles()))
                .setParameter("outcome", outcome.name())
                .setParameter("client", clientId)
                .setParameter("reason", intakeReason)
                .executeUpdate();
    }
}
