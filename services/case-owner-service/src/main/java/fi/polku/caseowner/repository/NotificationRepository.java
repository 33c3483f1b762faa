package fi.polku.caseowner.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.caseowner.domain.Addressee;
import fi.polku.caseowner.domain.Notification;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /**
     * Whose feed: the professional's (null for a reader outside the register), the login's of the organisation, and
     * with {@code coordinator} the organisation's coordinators'.
     */
    public record Reader(UUID professionalId, String organisation, String user, boolean coordinator) {
    }

    /**
     * A reader's feed, newest first (creation time, then id, both descending); {@code read} null for all, true
     * for the read ones, false for the unread.
     */
    public Page<Notification> feed(Reader reader, Boolean read, PageRequest page) {
        StringBuilder query = new StringBuilder("(recipientOrganisation = :organisation and (recipientUser = :user");
        Map<String, Object> parameters = new HashMap<>(Map.of("organisation", reader.organisation(), "user",
                reader.user()));
        query.append(reader.coordinator() ? " or recipientUser is null))" : "))");
        if (reader.professionalId() != null) {
            query.append(" or recipientId = :recipient");
            parameters.put("recipient", reader.professionalId());
        }
        query.insert(0, "(").append(")");
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

    public boolean exists(Addressee addressee, String sourceKey) {
        if (addressee.professionalId() != null) {
            return count("recipientId = ?1 AND sourceKey = ?2", addressee.professionalId(), sourceKey) > 0;
        }
        if (addressee.user() == null) {
            return count("recipientId IS NULL AND recipientOrganisation = ?1 AND recipientUser IS NULL"
                    + " AND sourceKey = ?2", addressee.organisation(), sourceKey) > 0;
        }
        return count("recipientId IS NULL AND recipientOrganisation = ?1 AND recipientUser = ?2 AND sourceKey = ?3",
                addressee.organisation(), addressee.user(), sourceKey) > 0;
    }
}
