package fi.polku.coaching.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.FidelityReview;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FidelityReviewRepository implements PanacheRepositoryBase<FidelityReview, UUID> {

    public List<FidelityReview> ofProvider(UUID providerId) {
        return list("providerId = ?1 ORDER BY reviewDate DESC, createdAt DESC", providerId);
    }
}
