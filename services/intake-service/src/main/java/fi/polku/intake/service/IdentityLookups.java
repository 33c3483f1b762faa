package fi.polku.intake.service;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fi.polku.intake.domain.Client;
import fi.polku.intake.domain.LookupKind;
import fi.polku.intake.domain.LookupOutcome;
import fi.polku.intake.repository.ClientRepository;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.persistence.SqlValues;
import fi.polku.platform.problem.ProblemException;
import fi.polku.platform.security.Caller;
import fi.polku.platform.time.ServiceTime;

/**
 * The log and the rate limit of client lookups, by identity code or by name and birth date (one limit for both).
 * Each lookup, hit or miss, is written in a transaction of
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
    private final ServiceTime time;

    public IdentityLookups(EntityManager entityManager, ClientRepository clients, Caller caller, ServiceTime time,
            @ConfigProperty(name = "polku.intake.lookup.limit", defaultValue = "30") int limit,
            @ConfigProperty(name = "polku.intake.lookup.window", defaultValue = "PT1M") Duration window) {
        this.entityManager = entityManager;
        this.clients = clients;
        this.caller = caller;
        this.limit = limit;
        this.window = window;
        this.time = time;
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
        OffsetDateTime now = time.timestamp();
        Duration retryAfter = refusal(now, LookupKind.IDENTITY_CODE);
        if (retryAfter != null) {
            return new Lookup(LookupOutcome.RATE_LIMITED, null, retryAfter);
        }
        Client found = clients.findByIdentityIndex(identityIndex).orElse(null);
        UUID clientId = found == null ? null : (found.mergedInto == null ? found.id : found.mergedInto);
        LookupOutcome outcome = found == null ? LookupOutcome.NOT_FOUND : LookupOutcome.FOUND;
        write(now, LookupKind.IDENTITY_CODE, outcome, clientId, found == null ? 0 : 1,
                found == null ? null : intakeReason);
        return new Lookup(outcome, found, null);
    }

    /** What a search by name and birth date answered: the active clients matching, or a refusal. */
    public record NameSearch(List<Client> matches, Duration retryAfter) {

        /** The clients matching, or the 429 of a refusal. */
        public List<Client> found() {
            if (retryAfter != null) {
                throw ProblemException.tooManyRequests("Too many client lookups in a short time; try again later",
                        retryAfter);
            }
            return matches;
        }
    }

    /**
     * Finds the active clients of this name and birth date, unless the caller is over the limit shared with the
     * lookups by identity code; logged like them (a match of one names the client), committed before the caller
     * goes on.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public NameSearch searchByName(String firstName, String lastName, LocalDate birthDate) {
        OffsetDateTime now = time.timestamp();
        Duration retryAfter = refusal(now, LookupKind.NAME_AND_BIRTH_DATE);
        if (retryAfter != null) {
            return new NameSearch(List.of(), retryAfter);
        }
        List<Client> matches = clients.activeByNameAndBirthDate(firstName, lastName, birthDate);
        write(now, LookupKind.NAME_AND_BIRTH_DATE, matches.isEmpty() ? LookupOutcome.NOT_FOUND : LookupOutcome.FOUND,
                matches.size() == 1 ? matches.get(0).id : null, matches.size(), null);
        return new NameSearch(matches, null);
    }

    /**
     * Counts the caller's lookups in the window under a lock per caller; over the limit, logs the refused attempt
     * and answers when the caller may try again, else null.
     */
    private Duration refusal(OffsetDateTime now, LookupKind kind) {
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
        if (counted.size() < limit) {
            return null;
        }
        write(now, kind, LookupOutcome.RATE_LIMITED, null, null, null);
        LOG.warnf("Client lookups of %s exceed %d in %s: refused and flagged for the auditor", caller.subject(),
                limit, window);
        return Duration.between(now, SqlValues.offsetDateTime(counted.get(0)).plus(window));
    }

    /** One lookup as logged: who, with what outcome, which client (if one), why opened (if it was), by what. */
    public record LoggedLookup(UUID id, OffsetDateTime occurredAt, String actorSubject, String actorOrganisation,
            String actorRoles, LookupOutcome outcome, UUID clientId, String intakeReason, LookupKind lookedUpBy,
            Integer matches) {
    }

    /** Lookups made on the days from the first to the last (inclusive, Finnish days), newest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Page<LoggedLookup> madeBetween(LocalDate from, LocalDate to, PageRequest page) {
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        String[] after = page.afterParts(2);
        List<Tuple> rows = entityManager.createNativeQuery("""
                        SELECT id, occurred_at, actor_subject, actor_org, actor_roles, outcome, client_id,
                               intake_reason, looked_up_by, matches
                          FROM identity_lookup WHERE occurred_at >= :from AND occurred_at < :to
                           AND (CAST(:afterTime AS timestamptz) IS NULL OR (occurred_at, id) < (:afterTime, :afterId))
                         ORDER BY occurred_at DESC, id DESC LIMIT :fetch""", Tuple.class)
                .setParameter("from", from.atStartOfDay(FINLAND).toOffsetDateTime())
                .setParameter("to", to.plusDays(1).atStartOfDay(FINLAND).toOffsetDateTime())
                .setParameter("afterTime", after == null ? null : PageKey.moment(after[0]))
                .setParameter("afterId", after == null ? null : PageKey.uuid(after[1]))
                .setParameter("fetch", page.fetchSize())
                .getResultList();
        return Page.of(rows.stream().map(row -> new LoggedLookup(row.get(0, UUID.class),
                        SqlValues.offsetDateTime(row.get(1)), row.get(2, String.class), row.get(3, String.class),
                        row.get(4, String.class), LookupOutcome.valueOf(row.get(5, String.class)),
                        row.get(6, UUID.class), row.get(7, String.class),
                        LookupKind.valueOf(row.get(8, String.class)), row.get(9, Integer.class))).toList(), page,
                lookup -> PageKey.of(lookup.occurredAt(), lookup.id()));
    }

    private void write(OffsetDateTime at, LookupKind kind, LookupOutcome outcome, UUID clientId, Integer matches,
            String intakeReason) {
        entityManager.createNativeQuery("""
                        INSERT INTO identity_lookup (id, occurred_at, actor_subject, actor_org, actor_roles, outcome,
                                                     client_id, intake_reason, looked_up_by, matches)
                        VALUES (:id, :at, :subject, :org, :roles, :outcome, :client, :reason, :kind, :matches)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("at", at)
                .setParameter("subject", caller.subject())
                .setParameter("org", caller.organisation())
                .setParameter("roles", String.join(",", caller.roles()))
                .setParameter("outcome", outcome.name())
                .setParameter("client", clientId)
                .setParameter("reason", intakeReason)
                .setParameter("kind", kind.name())
                .setParameter("matches", matches)
                .executeUpdate();
    }
}
