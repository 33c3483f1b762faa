package fi.polku.partner.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.partner.domain.WebhookSubscription;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    /** An organisation's subscriptions, oldest first (then by id): a stable order for keyset paging. */
    public Page<WebhookSubscription> pageOfOrganisation(String organisation, PageRequest page) {
        String[] after = page.afterParts(2);
        List<WebhookSubscription> rows = after == null
                ? find("organisation = ?1 ORDER BY createdAt, id", organisation).range(0, page.limit()).list()
                : find("organisation = ?1 AND (createdAt > ?2 OR (createdAt = ?2 AND id > ?3)) ORDER BY createdAt, id",
                        organisation, PageKey.moment(after[0]), PageKey.uuid(after[1])).range(0, page.limit()).list();
        return Page.of(rows, page, s -> PageKey.of(s.createdAt, s.id));
    }

    @SuppressWarnings("unchecked")
    public List<WebhookSubscription> subscribedTo(String type) {
        return getEntityManager().createNativeQuery(
                        "SELECT * FROM webhook_subscription WHERE :type = ANY (event_types)", WebhookSubscription.class)
                .setParameter("type", type)
                .getResultList();
    }
}
