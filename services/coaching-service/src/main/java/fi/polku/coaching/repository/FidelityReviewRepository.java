package fi.polku.coaching.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.FidelityReview;
import fi.polku.platform.paging.Page;
import fi.polku.platform.paging.PageKey;
import fi.polku.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FidelityReviewRepository implements PanacheRepositoryBase<FidelityReview, UUID> {

    /**
     * Newest first: by review date, then recording time and id, all descending (a stable total order). The key is
     * compared the other way round, so the cursor's key is only ever compared by this query, never as a string.
     */
    public Page<FidelityReview> pageOfProvider(UUID providerId, PageRequest page) {
        String[] after = page.afterParts(3);
        List<FidelityReview> rows = after == null
                ? find("providerId = ?1 ORDER BY reviewDate DESC, createdAt DESC, id DESC", providerId)
                        .range(0, page.limit()).list()
                : find("providerId = ?1 AND (reviewDate < ?2 OR (reviewDate = ?2 AND (createdAt < ?3"
                        + " OR (createdAt = ?3 AND id < ?4)))) ORDER BY reviewDate DESC, createdAt DESC, id DESC",
                        providerId, Keyset.date(after[0]), PageKey.moment(after[1]), PageKey.uuid(after[2]))
                        .range(0, page.limit()).list();
        return Page.of(rows, page, r -> PageKey.of(r.reviewDate, r.createdAt, r.id));
    }

    /** The provider's latest review: by review date, then recording time. */
    public Optional<FidelityReview> latestOfProvider(UUID providerId) {
        return find("providerId = ?1 ORDER BY reviewDate DESC, createdAt DESC, id DESC", providerId).firstResultOptional();
    }

    public List<FidelityReview> ofProvider(UUID providerId) {
        return list("providerId = ?1 ORDER BY reviewDate DESC, createdAt DESC", providerId);
    }
}
