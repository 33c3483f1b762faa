package fi.polku.assessment.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.assessment.domain.InstrumentResponse;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InstrumentResponseRepository implements PanacheRepositoryBase<InstrumentResponse, UUID> {

    public List<InstrumentResponse> listForClient(UUID clientId) {
        return list("clientId", Sort.by("instrument").and("timePoint"), clientId);
    }

    public List<InstrumentResponse> listForAssessment(UUID assessmentId) {
        return list("assessmentId", Sort.by("instrument").and("timePoint"), assessmentId);
    }

    public boolean exists(UUID clientId, String instrument, LocalDate timePoint) {
        return count("clientId = ?1 and instrument = ?2 and timePoint = ?3", clientId, instrument, timePoint) > 0;
    }
}
