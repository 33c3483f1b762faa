package fi.polku.partner.repository;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.partner.domain.PartnerEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PartnerEventRepository implements PanacheRepositoryBase<PartnerEvent, String> {
}
