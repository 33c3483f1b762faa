package fi.polku.caseowner.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.Notification;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /**
     * A recipient's feed, newest first (creation time, then id, both descending); {@code read} null for all, true
     * for the read ones, false for the unread.
     */
    public Page<Notification> feed(UUID recipientId, Boolean read, PageRequest page) {
        StringBuilder query = new StringBuilder("recipientId = :recipient");
        Map<String, Object> parameters = new HashMap<>(Map.of("recipient", recipientId));
        if (read != null) {
            query.append(read ? " and readAt is not null" : " and readAt is null");
        }
        String[] after = page.afterParts(2);
        if (after != null) {
            query.append(" and (createdAt < :afterTime or (createdAt = :afterTime and id < :afterId))");
            parameters.put("afterTime", PageKey.moment(after[0]));
            parameters.put("afterId", PageKey.uuid(after[1]));
        }
        List<Notification> rows = find(query + " order by createdAt desc, id desc", parameters)
                .page(0, page.fetchSize()).list();
        return Page.of(rows, page, n -> PageKey.of(n.createdAt, n.id));
    }

    public boolean exists(UUID recipientId, String sourceKey) {
        return count("recipientId = ?1 AND sourceKey = ?2", recipientId, sourceKey) > 0;
    }
}
