package fi.polku.partner.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.partner.domain.DeliveryStatus;
import fi.polku.partner.domain.WebhookDelivery;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import fi.polku.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /** A subscription's delivery log, newest first. */
    public Page<WebhookDelivery> pageOfSubscription(UUID subscriptionId, PageRequest page) {
        String[] after = page.afterParts(1);
        List<WebhookDelivery> rows = after == null
                ? find("subscriptionId = ?1 ORDER BY seq DESC", subscriptionId).range(0, page.limit()).list()
                : find("subscriptionId = ?1 AND seq < ?2 ORDER BY seq DESC", subscriptionId, seq(after[0]))
                        .range(0, page.limit()).list();
        return Page.of(rows, page, d -> PageKey.of(d.seq));
    }

    public boolean exists(UUID subscriptionId, String eventId) {
        return count("subscriptionId = ?1 AND eventId = ?2", subscriptionId, eventId) > 0;
    }

    /**
     * Drops the client's pending deliveries to organisations that have no basis for the client any more (a consent
     * withdrawn or expired), so that none of them goes out. Consents name organisations of the trusted issuer.
     */
    public int dropPendingWithoutBasis(UUID clientId, String trustedIssuer) {
        return getEntityManager().createNativeQuery("""
                        UPDATE webhook_delivery d SET status = :skipped
                          FROM webhook_subscription s
                         WHERE d.subscription_id = s.id AND d.client_id = :client AND d.status = :pending
                           AND polku_access_basis(d.client_id, :issuer, s.organisation, '', s.purpose)
                               IS DISTINCT FROM 'CONSENT'""")
                .setParameter("skipped", DeliveryStatus.SKIPPED_NO_BASIS.name())
                .setParameter("pending", DeliveryStatus.PENDING.name())
                .setParameter("client", clientId)
                .setParameter("issuer", trustedIssuer)
                .executeUpdate();
    }

    /**
     * Makes the subscription's deliveries of events that happened since the moment, and that went out or failed,
     * due again (in their original order, with a fresh retry schedule); deliveries that had no basis stay as they were.
     */
    public int replay(UUID subscriptionId, OffsetDateTime since, OffsetDateTime now) {
        return getEntityManager().createNativeQuery("""
                        UPDATE webhook_delivery d SET status = :pending, next_attempt_at = :now, first_attempt_at = NULL
                          FROM partner_event e
                         WHERE d.event_id = e.event_id AND d.subscription_id = :subscription
                           AND e.occurred_at >= :since AND d.status IN (:delivered, :failed)""")
                .setParameter("pending", DeliveryStatus.PENDING.name())
                .setParameter("delivered", DeliveryStatus.DELIVERED.name())
                .setParameter("failed", DeliveryStatus.FAILED.name())
                .setParameter("subscription", subscriptionId)
                .setParameter("since", since)
                .setParameter("now", now)
                .executeUpdate();
    }

    private static long seq(String part) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this list gave out");
        }
    }
}
