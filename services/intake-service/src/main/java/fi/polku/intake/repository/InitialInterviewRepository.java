package fi.polku.intake.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.intake.domain.InitialInterview;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InitialInterviewRepository implements PanacheRepositoryBase<InitialInterview, UUID> {

    /** The client's records, oldest first. */
    public List<InitialInterview> listForClient(UUID clientId) {
        return list("clientId", Sort.by("interviewDate").and("id"), clientId);
    }
}
