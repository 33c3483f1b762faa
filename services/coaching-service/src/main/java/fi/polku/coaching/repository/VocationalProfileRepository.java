package fi.polku.coaching.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.coaching.domain.VocationalProfile;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class VocationalProfileRepository implements PanacheRepositoryBase<VocationalProfile, UUID> {

}
